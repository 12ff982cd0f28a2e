import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fileSafe, FORMULA_START, toCsv, toJson, UTF8_BOM } from './export';

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

  // Payloads from the OWASP CSV-injection list and the reliability probe (issue 15), single-
  // and multi-line: each must come back from the file as text starting with ' — never as
  // something a spreadsheet would evaluate.
  it.each<[string, string]>([
    ['a formula', '=1+1'],
    ['a HYPERLINK over two lines', '=HYPERLINK("https://evil",\n"x")'],
    ['a HYPERLINK over CRLF lines', '=HYPERLINK("https://evil",\r\n"x")'],
    ['plus over two lines', '+SUM(1,2)\n第二行'],
    ['minus over two lines', '-2+3\n第二行'],
    ['at over two lines', '@SUM(A1:A2)\nnext'],
    ['DDE', "=cmd|' /C calc'!A0"],
    ['a leading space', '  =1+1'],
    ['a leading line break', '\n=1+1'],
    ['a leading CRLF', '\r\n+1'],
    ['an ideographic space', '\u3000=1+1'],
    ['a leading tab', '\t=1+1'],
    ['a tab alone', '\tplain'],
    ['a carriage return alone', '\rplain'],
    ['a negative number as text', '-2.1'],
    // Full-width forms, as a Chinese input method types them (issue 23).
    ['a full-width equals sign', '＝1+1'],
    ['a full-width HYPERLINK over two lines', '＝HYPERLINK("https://evil",\n"x")'],
    ['a full-width plus', '＋SUM(1,2)'],
    ['a full-width minus', '－2+3'],
    ['a full-width at', '＠SUM(A1:A2)'],
    ['an ideographic space, then a full-width equals sign', '\u3000＝1+1'],
  ])('neutralises %s', async (_, payload) => {
    const csv = await toCsv(['a'], [[payload]], [['note', payload]]);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    const noteCell = parsed[0]?.[1];
    const tableCell = parsed[3]?.[0];
    for (const cell of [noteCell, tableCell]) {
      expect(cell).toBe(`'${payload}`);
      expect(FORMULA_START.test(cell ?? '')).toBe(false);
    }
  });

  it.each<[string, string]>([
    ['plain Chinese', '陇海路快速通道'],
    ['a formula character later in the text', '投资 = 62 亿元'],
    ['a dash later on a second line', '第一行\n- 第二行'],
    ['an email address', 'a@example.org'],
    ['a full-width equals sign later in the text', '投资＝62亿元'],
    ['full-width brackets first', '（一）道路工程'],
  ])('leaves %s as it is', async (_, text) => {
    const csv = await toCsv(['a'], [[text]]);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(parsed[1]?.[0]).toBe(text);
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
