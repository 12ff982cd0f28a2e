import { defineMessages } from '@/lib/i18n';

/**
 * Words of progress against plan (序时进度, 红黄绿灯), shared by the target page, the district
 * ranking and anything else that shows a light. Numbers are filled in by pace-words.ts.
 */
export const progressMessages = defineMessages({
  zh: {
    // The sentence beside the bullet (its text alternative too), before its light.
    amountSentence: '完成 {done}，占计划 {percent}，时间进度 {time}，{gap}',
    percentSentence: '完成计划的 {percent}，时间进度 {time}，{gap}',
    behind: '落后 {points} 个百分点',
    ahead: '领先 {points} 个百分点',
    even: '与时间进度持平',
    gapPoints: '{sign}{points} 个百分点',
    through: '进度截至 {date}，时间进度{basis}',
    months: '按月计（{elapsed}/{length} 个月）',
    days: '按天计（{elapsed}/{length} 天，含当天）',
    green: '绿灯',
    yellow: '黄灯',
    red: '红灯',
    none: '未报告进度',
    // The bullet's legend.
    legendDone: '已完成',
    legendTime: '时间进度',
    legendPlan: '计划（100%）',
    // The light rule.
    rulePoints: '差距分档规则',
    ruleRelative: '相对比例规则',
    ruleDefault: '（默认）',
    ruleInForce: '灯号按{rule}：{thresholds}',
    thresholdsPoints:
      '完成进度达到或超过时间进度为绿灯；落后不超过 {limit} 个百分点为黄灯；落后超过 {limit} 个百分点为红灯。',
    thresholdsRelative:
      '完成进度达到或超过时间进度为绿灯；不低于时间进度的 {share}（相对落后不超过 {share}）为黄灯；低于 {share} 为红灯。',
    switchLabel: '换用另一种灯号规则',
    current: ' · 当前',
    originTitle: '这些规则从哪里来',
    origin1:
      '督查部门按“时间进度”（也叫序时进度）考核年度投资等计划：已完成占计划的比例，与期内已过时间占全期的比例相比，差多少个百分点，亮红、黄、绿灯，按月通报。',
    origin2:
      '差距分档规则取自一个城市 2025 年的做法：达到或超过序时进度为绿灯，落后 10–30 个百分点为黄灯，落后超过 30 个百分点为红灯。原规则没有说落后不到 10 个百分点算什么；这里也记为黄灯，因为落后于进度不算绿灯，落后多少另行写明。',
    origin3:
      '相对比例规则取自另一个城市 2022 年的做法：达到或超过序时进度为绿灯，落后不超过 50%（完成进度不低于时间进度的一半）为黄灯，落后更多为红灯。',
    origin4:
      '时间进度：按月累计的数字（1–N 月）按月计算，如 1–3 月为 3/12 = 25%；截至其他日期的按天计算，含当天，如一季度截至 3 月 15 日为 74/90 = 82.2%。两份公开通报可以核对：1–3 月完成年度计划的 30.90%，比时间进度（25%）快 5.90 个百分点；1–10 月完成 629.0 亿元，占 647.4 亿元计划的 97.2%，比时间进度（83.3%）快 13.8 个百分点。',
  },
  en: {
    amountSentence: 'Done {done}, {percent} of plan; time elapsed {time}; {gap}',
    percentSentence: 'Done {percent} of plan; time elapsed {time}; {gap}',
    behind: (p) => `${p.points} ${p.points === '1.0' ? 'point' : 'points'} behind`,
    ahead: (p) => `${p.points} ${p.points === '1.0' ? 'point' : 'points'} ahead`,
    even: 'level with time elapsed',
    gapPoints: '{sign}{points} points',
    through: 'Progress through {date}; time elapsed counted {basis}',
    months: 'by months ({elapsed} of {length})',
    days: 'by days ({elapsed} of {length}, that day included)',
    green: 'Green light',
    yellow: 'Yellow light',
    red: 'Red light',
    none: 'No progress reported',
    legendDone: 'Done',
    legendTime: 'Time elapsed',
    legendPlan: 'Plan (100%)',
    rulePoints: 'points rule',
    ruleRelative: 'relative rule',
    ruleDefault: ' (default)',
    ruleInForce: 'Lights by the {rule}: {thresholds}',
    thresholdsPoints:
      'green when progress is at or ahead of time elapsed; yellow up to {limit} points behind; red more than {limit} points behind.',
    thresholdsRelative:
      'green when progress is at or ahead of time elapsed; yellow when it is at least {share} of time elapsed (up to {share} behind, relatively); red below {share}.',
    switchLabel: 'Use the other light rule',
    current: ' · in use',
    originTitle: 'Where these rules come from',
    origin1:
      'Supervision offices (督查) judge annual investment and similar plans against time elapsed (时间进度, 序时进度): the share of the plan done against the share of the period gone, the gap in percentage points, and a red, yellow or green light, reported monthly.',
    origin2:
      'The points rule follows one city’s practice (2025): green at or ahead of pace, yellow 10–30 points behind, red more than 30 points behind. The published rule does not say what 0–10 points behind is; here it is yellow too, because behind pace is never green, and the gap is shown beside the light.',
    origin3:
      'The relative rule follows another city’s practice (2022): green at or ahead of pace, yellow up to 50 % behind (progress at least half of time elapsed), red beyond that.',
    origin4:
      'Time elapsed: cumulative figures to a month’s end (January–N) count months, so January–March is 3/12 = 25 %; any other day counts days, that day included, so Q1 through 15 March is 74/90 = 82.2 %. Two published reports check it: 30.90 % of the annual plan by March, 5.90 points ahead of 25 %; CNY 62.9 bn done of a 64.74 bn plan by October, 97.2 %, 13.8 points ahead of 83.3 %.',
  },
});
