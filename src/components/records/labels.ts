import { useMemo } from 'react';
import type { DeadlineState } from '@/data/tracking/deadline-state';
import type {
  DistrictKind,
  NormalizedUnit,
  ProjectCategory,
  ProjectStage,
  TargetFirmness,
  TargetStatus,
} from '@/data/schema';
import { defineMessages, useLang, type Lang } from '@/lib/i18n';

/**
 * Names of the dataset's enumerations in both languages. Every view that shows a category,
 * stage, status or deadline state takes its words from here, so a term reads the same
 * everywhere (and in exported files).
 */
const CATEGORY: Record<Lang, Record<ProjectCategory, string>> = {
  zh: {
    'industrial-park': '产业园区',
    industry: '产业项目',
    innovation: '科技创新',
    'housing-rescue': '问题楼盘化解',
    'resettlement-housing': '安置房',
    'urban-renewal': '城市更新',
    road: '道路',
    'green-space': '公园绿化',
    'heritage-culture': '文化遗产',
    'transport-logistics': '交通物流',
    'public-service': '公共服务',
    'water-flood-control': '水利防汛',
    agreement: '签约合作',
    'sports-events': '体育赛事',
    governance: '社会治理',
    'real-estate': '房地产',
    commerce: '商贸',
    'municipal-utilities': '市政设施',
  },
  en: {
    'industrial-park': 'Industrial park',
    industry: 'Industry',
    innovation: 'Innovation',
    'housing-rescue': 'Stalled-housing rescue',
    'resettlement-housing': 'Resettlement housing',
    'urban-renewal': 'Urban renewal',
    road: 'Roads',
    'green-space': 'Parks and green space',
    'heritage-culture': 'Heritage and culture',
    'transport-logistics': 'Transport and logistics',
    'public-service': 'Public services',
    'water-flood-control': 'Water and flood control',
    agreement: 'Agreements',
    'sports-events': 'Sports and events',
    governance: 'Governance',
    'real-estate': 'Real estate',
    commerce: 'Commerce',
    'municipal-utilities': 'Municipal utilities',
  },
};

const STAGE: Record<Lang, Record<ProjectStage, string>> = {
  zh: {
    planned: '规划中',
    preparing: '前期准备',
    'under-construction': '在建',
    resumed: '已复工',
    completed: '已完工',
    'in-operation': '已投用',
    signed: '已签约',
    resolved: '已化解',
    inspected: '调研察看',
    selected: '已入选',
    unveiled: '已揭牌',
    unstated: '未说明',
  },
  en: {
    planned: 'Planned',
    preparing: 'Preparing',
    'under-construction': 'Under construction',
    resumed: 'Resumed',
    completed: 'Completed',
    'in-operation': 'In operation',
    signed: 'Signed',
    resolved: 'Resolved',
    inspected: 'Inspected',
    selected: 'Selected',
    unveiled: 'Unveiled',
    unstated: 'Not stated',
  },
};

const STATUS: Record<Lang, Record<TargetStatus, string>> = {
  zh: {
    'not-rated': '未评定',
    'in-progress': '推进中',
    achieved: '已完成',
    'partly-achieved': '部分完成',
    'not-achieved': '未完成',
    stalled: '停滞',
    unverifiable: '无法核实',
  },
  en: {
    'not-rated': 'Not yet rated',
    'in-progress': 'In progress',
    achieved: 'Achieved',
    'partly-achieved': 'Partly achieved',
    'not-achieved': 'Not achieved',
    stalled: 'Stalled',
    unverifiable: 'Cannot be verified',
  },
};

const DEADLINE_STATE: Record<Lang, Record<DeadlineState, string>> = {
  zh: {
    'no-deadline': '无截止日期',
    upcoming: '未到期',
    'due-soon': '30天内到期',
    overdue: '逾期未报结果',
    met: '已达成',
    missed: '未达成',
    'not-announced': '尚未公布',
  },
  en: {
    'no-deadline': 'No deadline',
    upcoming: 'Upcoming',
    'due-soon': 'Due within 30 days',
    overdue: 'Overdue, no result',
    met: 'Met',
    missed: 'Missed',
    'not-announced': 'Not yet announced',
  },
};

const KIND: Record<Lang, Record<DistrictKind, string>> = {
  zh: {
    district: '区',
    county: '县',
    'county-level-city': '县级市',
    'development-zone': '开发区',
    city: '市级',
  },
  en: {
    district: 'District',
    county: 'County',
    'county-level-city': 'County-level city',
    'development-zone': 'Development zone',
    city: 'City level',
  },
};

const FIRMNESS: Record<Lang, Record<TargetFirmness, string>> = {
  zh: { commitment: '承诺（确保、要）', aim: '争取（力争、争取）', plan: '计划（计划、将）' },
  en: {
    commitment: 'Commitment (确保, 要)',
    aim: 'Aim (力争, 争取)',
    plan: 'Plan (计划, 将)',
  },
};

const BASIS: Record<Lang, Record<'actual' | 'planned', string>> = {
  zh: { actual: '实绩', planned: '计划' },
  en: { actual: 'Actual', planned: 'Planned' },
};

const UNIT: Record<Lang, Record<NormalizedUnit, string>> = {
  zh: {
    CNY: '金额（元）',
    '%': '百分比',
    count: '数量',
    km: '公里',
    m: '米',
    mu: '亩',
    hours: '小时',
    days: '天',
    years: '年',
  },
  en: {
    CNY: 'Money (CNY)',
    '%': 'Percent',
    count: 'Count',
    km: 'Kilometres',
    m: 'Metres',
    mu: 'Mu (area)',
    hours: 'Hours',
    days: 'Days',
    years: 'Years',
  },
};

const CERTAINTY: Record<Lang, Record<'exact' | 'inferred', string>> = {
  zh: { exact: '版面印有日期', inferred: '由内容推断' },
  en: { exact: 'Printed on the page', inferred: 'Inferred from the content' },
};

/** Words for the metrics the dataset uses; any other metric shows as its slug, readable. */
const METRIC: Record<Lang, Record<string, string>> = {
  zh: {
    investment: '投资额',
    completion: '完工',
    construction: '开工建设',
    'construction-start': '开工',
    'project-start': '项目开工',
    'projects-started': '项目开工',
    'roads-opened': '道路通车',
    'housing-delivery': '交房',
    'certificates-issued': '办证',
    resettlement: '回迁安置',
    'households-resettled': '回迁安置',
    demolition: '拆迁',
    relocation: '搬迁',
    'investment-attraction': '招商引资',
    'contracted-investment': '签约金额',
    signing: '签约',
    'problem-housing-resolved': '问题楼盘化解',
    'green-area': '绿化面积',
    renovation: '改造',
    'estates-renovated': '老旧小区改造',
    'gdp-growth': '经济增长',
    'output-value': '产值',
    'enterprises-signed': '签约企业',
    count: '数量',
  },
  en: {},
};

function humanizeSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function metricLabel(metric: string, lang: Lang): string {
  return METRIC[lang][metric] ?? humanizeSlug(metric);
}

export type RecordLabels = {
  /** A project category, or a target's "unlinked" (no project named). */
  category: (value: ProjectCategory | 'unlinked') => string;
  stage: (value: ProjectStage) => string;
  status: (value: TargetStatus) => string;
  deadlineState: (value: DeadlineState) => string;
  kind: (value: DistrictKind) => string;
  firmness: (value: TargetFirmness) => string;
  basis: (value: 'actual' | 'planned') => string;
  unit: (value: NormalizedUnit) => string;
  certainty: (value: 'exact' | 'inferred') => string;
  metric: (value: string) => string;
};

export function recordLabels(lang: Lang): RecordLabels {
  return {
    category: (value) =>
      value === 'unlinked'
        ? lang === 'zh'
          ? '未关联项目'
          : 'No linked project'
        : (CATEGORY[lang][value] ?? value),
    stage: (value) => STAGE[lang][value] ?? value,
    status: (value) => STATUS[lang][value] ?? value,
    deadlineState: (value) => DEADLINE_STATE[lang][value] ?? value,
    kind: (value) => KIND[lang][value] ?? value,
    firmness: (value) => FIRMNESS[lang][value] ?? value,
    basis: (value) => BASIS[lang][value] ?? value,
    unit: (value) => UNIT[lang][value] ?? value,
    certainty: (value) => CERTAINTY[lang][value] ?? value,
    metric: (value) => metricLabel(value, lang),
  };
}

export function useRecordLabels(): RecordLabels {
  const { lang } = useLang();
  return useMemo(() => recordLabels(lang), [lang]);
}

/** Column and field names shared by the record tables and detail pages. */
export const fieldMessages = defineMessages({
  zh: {
    name: '名称',
    district: '区县',
    category: '类别',
    stage: '进展',
    investment: '所述投资',
    deadline: '截止日期',
    deadlineText: '原文期限',
    statement: '目标',
    metric: '指标',
    quantity: '数量',
    firmness: '措辞力度',
    period: '所属时期',
    status: '报告状态',
    deadlineState: '截止状态',
    indicator: '指标',
    value: '数值',
    growth: '同比增长',
    basis: '性质',
    source: '出处',
    quote: '原文',
    id: '编号',
    projects: '项目',
    targets: '目标',
    figures: '数据',
    unit: '单位',
  },
  en: {
    name: 'Name',
    district: 'District',
    category: 'Category',
    stage: 'Stage',
    investment: 'Stated investment',
    deadline: 'Deadline',
    deadlineText: 'Deadline as printed',
    statement: 'Target',
    metric: 'Metric',
    quantity: 'Quantity',
    firmness: 'Firmness',
    period: 'Period',
    status: 'Reported status',
    deadlineState: 'Deadline state',
    indicator: 'Indicator',
    value: 'Value',
    growth: 'Year on year',
    basis: 'Basis',
    source: 'Source',
    quote: 'Quoted sentence',
    id: 'ID',
    projects: 'Projects',
    targets: 'Targets',
    figures: 'Figures',
    unit: 'Unit',
  },
});
