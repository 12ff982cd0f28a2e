import { describe, expect, it } from 'vitest';
import { scriptRuns } from './script-runs';

describe('scriptRuns', () => {
  it.each([
    ['Plain English', [['Plain English', false]]],
    ['', [['', false]]],
    ['管城区', [['管城区', true]]],
    [
      'Commitment (确保, 要)',
      [
        ['Commitment (', false],
        ['确保', true],
        [', ', false],
        ['要', true],
        [')', false],
      ],
    ],
    [
      '3 results for “管城区”: Districts 1.',
      [
        ['3 results for “', false],
        ['管城区', true],
        ['”: Districts 1.', false],
      ],
    ],
    [
      'the page says 一季度，上半年 twice',
      [
        ['the page says ', false],
        ['一季度，上半年', true],
        [' twice', false],
      ],
    ],
  ] as const)('%j', (text, runs) => {
    expect(scriptRuns(text).map((run) => [run.text, run.chinese])).toEqual(runs);
  });
});
