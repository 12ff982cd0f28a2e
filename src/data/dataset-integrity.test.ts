import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeDeadline } from './normalize/deadline';
import { parseQuantity, printedForm } from './normalize/quantity';
import { LIMITS, type Dataset, type Quantity, type SourceRef } from './schema';
import { validateDataset } from './validate-dataset';

/**
 * Checks of the bundled dataset beyond the schema: every number agrees with the normalizers,
 * every deadline with its printed wording, every record with its source's districts and year.
 * Curation rules: docs/data.md.
 */

const raw: unknown = JSON.parse(
  readFileSync(resolve(process.cwd(), 'public/data/dataset.json'), 'utf8'),
);
const validated = validateDataset(raw);
const dataset: Dataset = validated.ok ? validated.data : (raw as Dataset);

const sourceById = new Map(dataset.sources.map((source) => [source.id, source]));
const yearOf = (sourceId: string) => Number(sourceById.get(sourceId)?.publishedOn.slice(0, 4));
const pageYear = (refs: readonly SourceRef[]) => yearOf(refs[0]!.sourceId);

type Row = {
  kind: 'projects' | 'targets' | 'figures';
  id: string;
  districtId?: string;
  sourceRefs: SourceRef[];
};
const records: Row[] = [
  ...dataset.projects.map((p) => ({ kind: 'projects' as const, ...p })),
  ...dataset.targets.map((t) => ({ kind: 'targets' as const, ...t })),
  ...dataset.figures.map((f) => ({ kind: 'figures' as const, ...f })),
];
const quantities: { where: string; quantity: Quantity; refs: SourceRef[] }[] = [
  ...dataset.projects.flatMap((p) =>
    p.investment ? [{ where: `project ${p.id}`, quantity: p.investment, refs: p.sourceRefs }] : [],
  ),
  ...dataset.targets.flatMap((t) =>
    t.quantity ? [{ where: `target ${t.id}`, quantity: t.quantity, refs: t.sourceRefs }] : [],
  ),
  ...dataset.figures.map((f) => ({
    where: `figure ${f.id}`,
    quantity: f.quantity,
    refs: f.sourceRefs,
  })),
  ...dataset.batches.flatMap((b) =>
    (['count', 'total', 'plan'] as const).flatMap((field) => {
      const quantity = b[field];
      return quantity ? [{ where: `batch ${b.id} ${field}`, quantity, refs: b.sourceRefs }] : [];
    }),
  ),
];

/** How a number can be printed: digits, or (for a few small numbers) Chinese numerals. */
const CHINESE_NUMERALS: Record<number, string[]> = {
  1: ['一'],
  2: ['二', '两'],
  3: ['三'],
  4: ['四'],
  5: ['五'],
  6: ['六'],
  7: ['七'],
  8: ['八'],
  9: ['九'],
  10: ['十'],
  100: ['百'],
};
const printedNumbers = (value: number) => [String(value), ...(CHINESE_NUMERALS[value] ?? [])];

const CJK = /[\u3400-\u9fff]/;

describe('the bundled dataset', () => {
  it('passes validateDataset (shape, unique ids, references, no empty strings)', () => {
    expect(validated.ok ? [] : validated.reason).toEqual([]);
  });

  it('has every collection filled', () => {
    for (const name of ['sources', 'districts', 'projects', 'targets', 'figures'] as const) {
      expect(dataset[name].length, name).toBeGreaterThan(0);
    }
  });

  it.each(dataset.sources.map((source) => [source.id]))(
    'source %s has at least one record',
    (sourceId) => {
      const count = records.filter((r) => r.sourceRefs.some((ref) => ref.sourceId === sourceId));
      expect(count.length).toBeGreaterThan(0);
    },
  );

  it('files each record under a district its source names', () => {
    const misfiled = records.flatMap((record) =>
      record.sourceRefs
        .filter((ref) => !sourceById.get(ref.sourceId)?.districtIds.includes(record.districtId!))
        .map((ref) => `${record.kind} ${record.id}: ${record.districtId} not in ${ref.sourceId}`),
    );
    expect(misfiled).toEqual([]);
  });

  it('lists only districts that a source names', () => {
    const named = new Set(dataset.sources.flatMap((source) => source.districtIds));
    expect(dataset.districts.map((d) => d.id).filter((id) => !named.has(id))).toEqual([]);
  });

  it('keeps every quote within the limit', () => {
    const refs = [
      ...records.flatMap((r) => r.sourceRefs.map((ref) => ({ id: r.id, ref }))),
      ...dataset.sources.flatMap((s) => s.dateEvidenceRefs.map((ref) => ({ id: s.id, ref }))),
    ];
    const long = refs.filter(({ ref }) => ref.quote.length > LIMITS.quoteLength);
    expect(long.map(({ id, ref }) => `${id}: ${ref.quote}`)).toEqual([]);
  });

  it('writes the English fields in English (no Chinese characters)', () => {
    const english = [
      ...dataset.sources.flatMap((s) => s.headlinesEn.map((text) => [s.id, text])),
      ...dataset.districts.map((d) => [d.id, d.nameEn]),
      ...dataset.projects.map((p) => [p.id, p.nameEn]),
      ...dataset.targets.map((t) => [t.id, t.statementEn]),
      ...dataset.figures.map((f) => [f.id, f.indicatorEn]),
    ];
    expect(english.filter(([, text]) => CJK.test(text!))).toEqual([]);
  });

  it('writes the Chinese fields in Chinese', () => {
    const chinese = [
      ...dataset.districts.map((d) => [d.id, d.nameZh]),
      ...dataset.projects.map((p) => [p.id, p.nameZh]),
      ...dataset.targets.map((t) => [t.id, t.statementZh]),
      ...dataset.figures.map((f) => [f.id, f.indicatorZh]),
    ];
    expect(chinese.filter(([, text]) => !CJK.test(text!))).toEqual([]);
  });
});

describe('notes in both languages (docs/data.md, Notes in both languages)', () => {
  const notes = [
    ...dataset.targets.map((t) => ({
      where: `target ${t.id} deadlineNote`,
      en: t.deadlineNote,
      zh: t.deadlineNoteZh,
    })),
    ...dataset.sources.map((s) => ({
      where: `source ${s.id} dateEvidence`,
      en: s.dateEvidence,
      zh: s.dateEvidenceZh,
    })),
  ];

  it('has a Chinese note wherever there is an English one, and the reverse', () => {
    const oneSided = notes.filter(({ en, zh }) => (en === undefined) !== (zh === undefined));
    expect(oneSided.map(({ where }) => where)).toEqual([]);
  });

  it('has notes to check (the bundled pages infer dates)', () => {
    expect(notes.filter(({ zh }) => zh !== undefined).length).toBeGreaterThan(0);
  });

  it('writes each Chinese note in Chinese', () => {
    const notChinese = notes.filter(({ zh }) => zh !== undefined && !CJK.test(zh));
    expect(notChinese.map(({ where }) => where)).toEqual([]);
  });
});

describe('one item, one record (docs/data.md, One item, one record)', () => {
  const quotesOf = (refs: readonly SourceRef[]) =>
    refs
      .map((ref) => `${ref.sourceId}:${ref.quote}`)
      .sort()
      .join('|');
  const printed = (q: Quantity | undefined) => (q ? `${q.value}${q.unit}` : '');
  /** "first id = later id" for every record whose key an earlier record already had. */
  const twins = <T extends { id: string }>(rows: readonly T[], key: (row: T) => string) => {
    const seen = new Map<string, string>();
    return rows.flatMap((row) => {
      const k = key(row);
      const first = seen.get(k);
      if (first !== undefined) return [`${first} = ${row.id}`];
      seen.set(k, row.id);
      return [];
    });
  };

  it('names no project twice', () => {
    expect(twins(dataset.projects, (p) => p.nameZh)).toEqual([]);
  });

  it('has no two targets with the same quotes and the same meaning', () => {
    expect(
      twins(dataset.targets, (t) =>
        [quotesOf(t.sourceRefs), t.metric, printed(t.quantity), t.deadline ?? ''].join('#'),
      ),
    ).toEqual([]);
  });

  it('has no two figures with the same quotes and the same meaning', () => {
    expect(
      twins(dataset.figures, (f) =>
        [quotesOf(f.sourceRefs), f.indicatorZh, printed(f.quantity)].join('#'),
      ),
    ).toEqual([]);
  });
});

describe('page dates', () => {
  /** A morning paper prints an event the next day at the earliest (docs/data.md, Sources). */
  it.each(dataset.sources.map((source) => [source.id, source] as const))(
    '%s is dated after every day its own date evidence quotes',
    (_, source) => {
      const year = source.publishedOn.slice(0, 4);
      const days = source.dateEvidenceRefs
        .filter((ref) => ref.sourceId === source.id)
        .flatMap((ref) => [...ref.quote.matchAll(/(\d{1,2})月(\d{1,2})日/g)])
        .map(([, m, d]) => `${year}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`);
      expect(days.filter((day) => day >= source.publishedOn)).toEqual([]);
    },
  );
});

describe('quantities agree with the quantity normalizer', () => {
  it.each(quantities.map((q) => [q.where, q.quantity] as const))(
    '%s: normalized number, unit and comparator follow from the printed form',
    (_, { role: _role, ...printed }) => {
      const parsed = parseQuantity(printedForm(printed));
      expect(parsed).toEqual({ ok: true, data: printed });
    },
  );

  it('prints each stated number in one of its quotes', () => {
    const unquoted = quantities.filter(
      ({ quantity, refs }) =>
        !refs.some((ref) =>
          printedNumbers(quantity.value).some((form) => ref.quote.includes(form)),
        ),
    );
    expect(unquoted.map((q) => `${q.where}: ${q.quantity.value}`)).toEqual([]);
  });

  it('prints each growth rate in one of its quotes', () => {
    const unquoted = dataset.figures.filter(
      (f) =>
        f.growthPercent !== undefined &&
        !f.sourceRefs.some((ref) => ref.quote.includes(`${f.growthPercent}%`)),
    );
    expect(unquoted.map((f) => f.id)).toEqual([]);
  });
});

describe('deadlines agree with the deadline normalizer', () => {
  it.each(dataset.targets.map((t) => [t.id, t] as const))(
    '%s: deadline and period follow from the printed wording and the page year',
    (_, target) => {
      const year = pageYear(target.sourceRefs);
      if (target.deadlineText === null) {
        expect(target.deadline).toBeNull();
        expect(target.period.slice(0, 4)).toBe(String(year));
        return;
      }
      const normalized = normalizeDeadline(target.deadlineText, year);
      expect(normalized.ok, normalized.ok ? '' : normalized.reason).toBe(true);
      if (!normalized.ok) return;
      expect(target.deadline).toBe(normalized.data.deadline);
      expect(target.period).toBe(normalized.data.period);
    },
  );

  it('explains every deadline whose year is not printed', () => {
    const unexplained = dataset.targets.filter(
      (t) =>
        t.deadlineText !== null &&
        !/^\d{4}年/.test(t.deadlineText) &&
        sourceById.get(t.sourceRefs[0]!.sourceId)?.dateCertainty === 'inferred' &&
        !t.deadlineNote,
    );
    expect(unexplained.map((t) => t.id)).toEqual([]);
  });

  it('files targets in or after their page’s year', () => {
    const early = dataset.targets.filter(
      (t) => Number(t.period.slice(0, 4)) < pageYear(t.sourceRefs),
    );
    expect(early.map((t) => `${t.id}: ${t.period}`)).toEqual([]);
  });
});

describe('figures', () => {
  it('report results no later than their page’s year', () => {
    const future = dataset.figures.filter(
      (f) => f.basis === 'actual' && Number(f.period.slice(0, 4)) > pageYear(f.sourceRefs),
    );
    expect(future.map((f) => `${f.id}: ${f.period}`)).toEqual([]);
  });
});
