// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fail, ok } from '@/lib/result';
import { CLI_LIMITS, parseArguments, runCurator, type CuratorIo } from './cli';

const encode = (text: string) => new TextEncoder().encode(text);
/** Stands in for SHA-256: 64 hex digits that change with the text's length. */
const fakeHash = (text: string) => text.length.toString(16).padStart(64, '0');

const PAGE = '管城回族区 开局\n\n会议要求,力争一季度完成投资30亿以上。确保3月底前竣工。';

const validDataset = () => ({
  schemaVersion: 1,
  sources: [
    {
      id: 'page-1',
      headlinesZh: ['管城回族区 开局'],
      headlinesEn: ['Guancheng starts the year'],
      publishedOn: '2021-02-18',
      dateCertainty: 'exact',
      dateEvidence: 'Printed on the page.',
      districtIds: ['410104'],
      textSha256: fakeHash(PAGE),
    },
  ],
  districts: [{ id: '410104', nameZh: '管城回族区', nameEn: 'Guancheng', kind: 'district' }],
  projects: [],
  targets: [
    {
      id: 'guancheng-2021-completion',
      districtId: '410104',
      statementZh: '确保3月底前竣工',
      statementEn: 'Complete by the end of March',
      metric: 'completion',
      firmness: 'commitment',
      deadline: '2021-03-31',
      deadlineText: '3月底前',
      period: '2021-03',
      sourceRefs: [{ sourceId: 'page-1', quote: '确保3月底前竣工' }],
    },
  ],
  figures: [],
});

/** A fake file system and hash; it reads whatever size, so the CLI's own check is tested. */
function io(files: Record<string, string | Uint8Array>): CuratorIo {
  return {
    readFile: (path) => {
      const file = files[path];
      if (file === undefined) return fail(`${path}: no such file`);
      return ok(typeof file === 'string' ? encode(file) : file);
    },
    sha256: (bytes) => fakeHash(new TextDecoder().decode(bytes)),
    today: '2024-03-01',
  };
}

describe('curate draft', () => {
  it('prints the source and one entry per candidate sentence', () => {
    const outcome = runCurator(
      [
        'draft',
        'archive/page-1.txt',
        '--published',
        '2021-02-18',
        '--url',
        'https://example.org/1',
      ],
      io({ 'archive/page-1.txt': PAGE }),
    );
    expect(outcome.code).toBe(0);
    const printed = JSON.parse(outcome.stdout);
    expect(printed.source).toMatchObject({
      id: 'page-1',
      publishedOn: '2021-02-18',
      districtIds: ['410104'],
      url: 'https://example.org/1',
      textSha256: fakeHash(PAGE),
    });
    expect(printed.candidates[0]).toEqual({
      sentence: 1,
      kind: 'pledge',
      quote: '会议要求,力争一季度完成投资30亿以上。',
      districtId: '410104',
      districtInferred: true,
      deadlines: [{ date: '2021-03-31', wording: '一季度', period: '2021-Q1' }],
      period: '2021-Q1',
      firmness: 'aim',
      cues: { pledge: ['力争'], report: ['完成'] },
      // One proposal per record the sentence may give: its quantity with its role, the
      // deadline of its clause, and the clause it quotes.
      proposals: [
        {
          kind: 'target',
          quantity: {
            printed: '30亿以上',
            value: 30,
            unit: '亿',
            normalized: 3e9,
            normalizedUnit: 'CNY',
            comparator: 'at-least',
            qualifierZh: '以上',
            role: 'plan',
          },
          deadline: { date: '2021-03-31', wording: '一季度', period: '2021-Q1' },
          period: '2021-Q1',
          firmness: 'aim',
          metric: 'investment',
          quote: '力争一季度完成投资30亿以上',
        },
      ],
    });
  });

  it.each([
    // arguments, files, exit code, message
    [['draft', 'a.txt', '--published', '2021-02-18'], { 'a.txt': '' }, 1, 'a.txt is empty'],
    [['draft', 'a.txt', '--published', '2021-02-18'], { 'a.txt': ' \n\n' }, 1, 'a.txt is empty'],
    [
      ['draft', 'a.txt', '--published', '2021-02-18'],
      { 'a.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]) },
      1,
      'a.txt is a binary file',
    ],
    [
      ['draft', 'a.txt', '--published', '2021-02-18'],
      { 'a.txt': new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]) }, // 中文 in GBK
      1,
      'not UTF-8 text',
    ],
    [['draft', 'b.txt', '--published', '2021-02-18'], {}, 1, 'b.txt: no such file'],
    [['draft', 'a.txt', '--published', '2024-03-02'], { 'a.txt': PAGE }, 1, 'is in the future'],
    [
      ['draft', 'a.txt', '--published', '0000-01-01'],
      { 'a.txt': PAGE },
      1,
      '--published 0000-01-01 is before 1949-10-01',
    ],
    [
      ['draft', 'a.txt', '--published', '2021-02-18', '--id', '../../etc/x'],
      { 'a.txt': PAGE },
      1,
      '--id "../../etc/x" is not a source id: must be a lowercase slug',
    ],
    [
      ['draft', 'a.txt', '--published', '2021-02-18', '--id', 'x\u001b[31m'],
      { 'a.txt': PAGE },
      1,
      '--id "x\\u001b[31m" is not a source id',
    ],
    [
      ['draft', 'My Page.txt', '--published', '2021-02-18'],
      { 'My Page.txt': PAGE },
      1,
      'the file name gives the source id "My Page", which is not a source id',
    ],
    [
      ['draft', 'big.txt', '--published', '2021-02-18'],
      { 'big.txt': 'x'.repeat(CLI_LIMITS.pageBytes + 1) },
      1,
      'big.txt is 1 MB; the limit for this file is 1 MB (1,000,000 bytes)',
    ],
    [
      ['draft', 'a.txt', '--published', '2021-02-18', '--title', '题'.repeat(4_001)],
      { 'a.txt': PAGE },
      1,
      '--title is longer than 4,000 characters',
    ],
    [['draft', 'a.txt', '--published', '2021-02-30'], { 'a.txt': PAGE }, 1, 'is not a date'],
    [
      ['draft', 'a.txt', '--published', '2021-02-18', '--url', 'ftp:x'],
      { 'a.txt': PAGE },
      1,
      'not an http',
    ],
    [
      ['draft', 'a.txt', '--publish', '2021-02-18'],
      { 'a.txt': PAGE },
      2,
      'unknown option --publish',
    ],
    [['draft', 'a.txt', '--published'], { 'a.txt': PAGE }, 2, '--published needs a value'],
    [['draft', 'a.txt'], { 'a.txt': PAGE }, 2, 'draft needs --published'],
    [['draft', '--published', '2021-02-18'], {}, 2, 'draft takes one article file'],
    // After `--` everything is a file: `--published` too.
    [
      ['draft', '--', 'a.txt', '--published', '2021-02-18'],
      { 'a.txt': PAGE },
      2,
      'draft takes one article file',
    ],
    [['publish'], {}, 2, 'unknown command "publish"'],
  ] as const)('%j: exit %#', (args, files, code, message) => {
    const outcome = runCurator(args, io(files as Record<string, string | Uint8Array>));
    expect(outcome).toMatchObject({ code, stdout: '' });
    expect(outcome.stderr).toContain(message);
  });
});

describe('arguments', () => {
  it.each<[string, string[], object]>([
    [
      'options and a file',
      ['a.txt', '--id', 'x'],
      { positional: ['a.txt'], options: [['id', ['x']]] },
    ],
    ['--name=value', ['--id=x', 'a.txt'], { positional: ['a.txt'], options: [['id', ['x']]] }],
    [
      '-- ends the options',
      ['--id', 'x', '--', '--odd-name.txt'],
      { positional: ['--odd-name.txt'], options: [['id', ['x']]] },
    ],
    ['-- alone', ['--'], { positional: [], options: [] }],
  ])('%s', (_, args, expected) => {
    const parsed = parseArguments(args, ['id']);
    expect(
      parsed.ok && { positional: parsed.data.positional, options: [...parsed.data.options] },
    ).toEqual(expected);
  });

  it('a draft with -- before its file runs', () => {
    const outcome = runCurator(
      ['draft', '--published', '2021-02-18', '--', 'archive/page-1.txt'],
      io({ 'archive/page-1.txt': PAGE }),
    );
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout).source.id).toBe('page-1');
  });
});

describe('curate draft --dataset', () => {
  it('lists the existing records each sentence may report on', () => {
    const files = {
      'a.txt': '管城区会议要求,确保3月底前竣工。',
      'd.json': JSON.stringify(validDataset()),
    };
    const outcome = runCurator(
      ['draft', 'a.txt', '--published', '2021-04-08', '--dataset', 'd.json'],
      io(files),
    );
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout).candidates[0].similar).toEqual([
      { collection: 'targets', id: 'guancheng-2021-completion', score: 1 },
    ]);
  });

  it('refuses a dataset that does not pass the app’s rules', () => {
    const files = { 'a.txt': PAGE, 'd.json': '{}' };
    const outcome = runCurator(
      ['draft', 'a.txt', '--published', '2021-04-08', '--dataset', 'd.json'],
      io(files),
    );
    expect(outcome).toMatchObject({ code: 1, stdout: '' });
    expect(outcome.stderr).toContain('d.json: schemaVersion');
  });
});

describe('curate check', () => {
  it('passes a valid dataset and says what it holds', () => {
    const outcome = runCurator(
      ['check', 'd.json'],
      io({ 'd.json': JSON.stringify(validDataset()) }),
    );
    expect(outcome).toMatchObject({ code: 0, stderr: '' });
    expect(outcome.stdout).toContain('1 sources, 1 districts, 0 projects, 1 targets, 0 figures');
  });

  /** The valid dataset's JSON after one change. */
  const validDatasetWith = (change: (d: ReturnType<typeof validDataset>) => void) => () => {
    const d = validDataset();
    change(d);
    return JSON.stringify(d);
  };

  it.each([
    ['not JSON', () => '{"schemaVersion": 1,', '(root): d.json is not JSON'],
    [
      'a bad deadline',
      validDatasetWith((d) => {
        d.targets[0]!.deadline = '2021-02-30';
      }),
      'targets[0].deadline: ',
    ],
    [
      'an unknown district reference',
      validDatasetWith((d) => {
        d.targets[0]!.districtId = '410199';
      }),
      'targets[0].districtId: unknown district "410199"',
    ],
    [
      'a district the gazetteer does not know',
      validDatasetWith((d) => {
        d.districts[0]!.id = 'xinqu';
        d.targets[0]!.districtId = 'xinqu';
        d.sources[0]!.districtIds = ['xinqu'];
      }),
      'districts[0].id: the gazetteer knows no district "xinqu"',
    ],
  ])('fails on %s, naming the path of the first problem', (_, file, message) => {
    const outcome = runCurator(['check', 'd.json'], io({ 'd.json': file() }));
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(message);
  });

  it.each([
    [
      'a source dated in the future',
      validDatasetWith((d) => {
        d.sources[0]!.publishedOn = '2099-01-01';
      }),
      'sources[0].publishedOn: 2099-01-01 is in the future (today is 2024-03-01)',
    ],
    [
      'a source dated year 0',
      validDatasetWith((d) => {
        d.sources[0]!.publishedOn = '0000-01-01';
      }),
      'sources[0].publishedOn: 0000-01-01 is before 1949-10-01',
    ],
    [
      'a report of an event after today',
      validDatasetWith((d) => {
        // Version 2 carries reports (a version-1 file has them made from its statuses).
        Object.assign(d, { schemaVersion: 2 });
        (d as { reports?: unknown[] }).reports = [
          {
            id: 'r-1',
            targetId: 'guancheng-2021-completion',
            status: 'achieved',
            date: '2024-03-02',
            sourceRef: { sourceId: 'page-1', quote: '确保3月底前竣工' },
          },
        ];
      }),
      'reports[0].date: 2024-03-02 is in the future',
    ],
    [
      'a text over the limit: the rule is named, as in the browser',
      validDatasetWith((d) => {
        d.targets[0]!.statementEn = 'x'.repeat(4_001);
      }),
      'targets[0].statementEn: Too big: expected string to have <=4000 characters',
    ],
  ])('fails on %s', (_, file, message) => {
    const outcome = runCurator(['check', 'd.json'], io({ 'd.json': file() }));
    expect(outcome.stderr).toContain(message);
    expect(outcome.stderr).not.toContain('Invalid input');
    expect(outcome.code).toBe(1);
  });

  it('refuses a dataset larger than the app accepts, without parsing it', () => {
    const huge = new Uint8Array(CLI_LIMITS.datasetBytes + 1);
    const outcome = runCurator(['check', 'd.json'], io({ 'd.json': huge }));
    expect(outcome).toMatchObject({ code: 1, stdout: '' });
    expect(outcome.stderr).toContain('d.json is 150 MB; the limit for this file is 150 MB');
  });

  it.each<[string, Uint8Array, string]>([
    [
      'in GBK',
      new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]),
      'sources[0].id: archive/page-1.txt is not UTF-8 text (binary, or another encoding such as GBK)',
    ],
    ['empty', encode(' \n'), 'sources[0].id: archive/page-1.txt is empty'],
  ])('names an archived page %s, not a hash mismatch or a missing quote', (_, bytes, message) => {
    const files = { 'd.json': JSON.stringify(validDataset()), 'archive/page-1.txt': bytes };
    const outcome = runCurator(['check', 'd.json', '--articles', 'archive'], io(files));
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.trim()).toBe(message);
  });

  it('checks quotes and hashes against the archived pages with --articles', () => {
    const files = { 'd.json': JSON.stringify(validDataset()), 'archive/page-1.txt': PAGE };
    expect(runCurator(['check', 'd.json', '--articles', 'archive'], io(files)).code).toBe(0);

    const edited = { ...files, 'archive/page-1.txt': `${PAGE}\n\n补记。` };
    const outcome = runCurator(['check', 'd.json', '--articles', 'archive'], io(edited));
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('sources[0].textSha256');
  });

  it('fails when a quote was edited so that it is no longer in the page', () => {
    const dataset = validDataset();
    dataset.targets[0]!.sourceRefs[0]!.quote = '确保4月底前竣工';
    const files = { 'd.json': JSON.stringify(dataset), 'archive/page-1.txt': PAGE };
    const outcome = runCurator(['check', 'd.json', '--articles', 'archive'], io(files));
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(
      'targets[0].sourceRefs[0].quote: the quote is not verbatim in "page-1"',
    );
  });
});

describe('curate coverage', () => {
  it('prints each page’s kind, deadline, period and quantity accuracy and its named projects', () => {
    const files = { 'd.json': JSON.stringify(validDataset()), 'archive/page-1.txt': PAGE };
    const outcome = runCurator(['coverage', 'd.json', '--articles', 'archive'], io(files));
    expect(outcome.code).toBe(0);
    // The one target (确保3月底前竣工) is read right: kind, deadline, period; no quantity.
    expect(outcome.stdout).toContain(
      '| page-1 | 3 | 2 | 1 | 100.0 % | 100.0 % | 0 | 100.0 % | 100.0 % | 100.0 % | 0/0 | 0/0 | 0/0 | 1 | 0 |',
    );
  });

  it('names each record the draft disagrees with, and each named project with no draft', () => {
    const data = validDataset();
    data.targets[0]!.deadline = '2021-06-30';
    const withProject = {
      ...data,
      projects: [
        {
          id: 'guancheng-road',
          nameZh: '陇海路',
          nameEn: 'Longhai Road',
          districtId: '410104',
          category: 'road',
          stage: 'unstated',
          sourceRefs: [{ sourceId: 'page-1', quote: '确保3月底前竣工' }],
        },
      ],
    };
    const files = { 'd.json': JSON.stringify(withProject), 'archive/page-1.txt': PAGE };
    const outcome = runCurator(['coverage', 'd.json', '--articles', 'archive'], io(files));
    expect(outcome.stdout).toContain(
      '- guancheng-2021-completion: deadline differ (确保3月底前竣工)',
    );
    // The page does not print 陇海路: the curator composed the name, and no draft looks like it.
    expect(outcome.stdout).toContain(
      '- page-1: no project draft like 陇海路 (composed by the curator)',
    );
  });
});
