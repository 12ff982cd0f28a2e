import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fileSafe, toCsv, toJson, UTF8_BOM } from './export';

describe('toCsv', () => {
  it('starts with a byte order mark so Excel reads UTF-8', async () => {
    const csv = await toCsv(['名称'], [['陇海路']]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('名称\r\n陇海路\r\n');
  });

  it.each<[string, (string | number | null)[], string[]]>([
    ['commas and quotes are quoted', ['a,b', '他说"好"'], ['a,b', '他说"好"']],
    ['line breaks stay inside the cell', ['第一行\n第二行'], ['第一行\n第二行']],
    ['numbers stay numbers, nulls become empty', [6e9, null], ['6000000000', '']],
    ['formulas are defused', ['=HYPERLINK("x")', '-2.1'], ['\'=HYPERLINK("x")', "'-2.1"]],
    ['negative numbers are not text', [-2.1], ['-2.1']],
  ])('%s', async (_, row, expected) => {
    const csv = await toCsv(['a', 'b'].slice(0, row.length), [row]);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { newline: '\r\n' }).data;
    expect(parsed[1]).toEqual(expected);
  });

  it('writes notes above the table, then a blank line', async () => {
    const csv = await toCsv(['id'], [['x']], [['筛选: 区县', '管城回族区']]);
    expect(csv.slice(1).split('\r\n')).toEqual(['# 筛选: 区县,管城回族区', '', 'id', 'x', '']);
  });
});

describe('fileSafe', () => {
  it.each<[string, string]>([
    ['郑州区县项目', '郑州区县项目'],
    ['zhengzhou district / projects?', 'zhengzhou-district-projects'],
    ['../../etc/passwd', 'etc-passwd'],
    ['', 'export'],
  ])('%j → %j', (name, expected) => expect(fileSafe(name)).toBe(expected));
});

describe('toJson', () => {
  it('is indented and ends with a newline', () => {
    expect(toJson({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });
});
