import { useMemo } from 'react';
import type { DeadlineState } from '@/tracker/deadline-state';
import type {
  BatchKind,
  DateCertainty,
  DistrictKind,
  NormalizedUnit,
  ProjectCategory,
  ProjectStage,
  QuantityRole,
  TargetFirmness,
  TargetStatus,
} from '@/data/schema';
import { defineMessages, translate, useLang, type Lang, type Messages } from '@/lib/i18n';

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
    'met-on-time': '按期完成',
    'met-late': '逾期完成',
    met: '已完成（无截止日期）',
    missed: '未达成',
    'not-announced': '尚未公布',
  },
  en: {
    'no-deadline': 'No deadline',
    upcoming: 'Upcoming',
    'due-soon': 'Due within 30 days',
    overdue: 'Overdue, no result',
    'met-on-time': 'Met on time',
    'met-late': 'Met late',
    met: 'Met (no deadline)',
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

const CERTAINTY: Record<Lang, Record<DateCertainty, string>> = {
  zh: { exact: '版面印有日期', inferred: '由内容推断', given: '由整理者提供' },
  en: {
    exact: 'Printed on the page',
    inferred: 'Inferred from the content',
    given: 'Given by the curator',
  },
};

/** What an amount is (amounts of different roles are never added: docs/data.md). */
const ROLE: Record<Lang, Record<QuantityRole, string>> = {
  zh: { total: '总投资', plan: '计划', done: '完成', count: '数量', measure: '规模' },
  en: { total: 'Total', plan: 'Plan', done: 'Done', count: 'Count', measure: 'Measure' },
};

const BATCH_KIND: Record<Lang, Record<BatchKind, string>> = {
  zh: {
    groundbreaking: '集中开工',
    'key-projects': '重点项目',
    signing: '集中签约',
    completion: '集中竣工投产',
    other: '其他批次',
  },
  en: {
    groundbreaking: 'Ground broken together',
    'key-projects': 'Key projects',
    signing: 'Signed together',
    completion: 'Completed together',
    other: 'Other batch',
  },
};

/**
 * Words for the metrics the dataset uses, as [slug, Chinese, English]. Every metric of the
 * bundled dataset has both (labels.test.ts checks it); a metric a newer dataset brings shows
 * as its slug, readable, until it is added here.
 */
const METRIC_WORDS: readonly (readonly [string, string, string])[] = [
  ['action-plans-issued', '出台行动方案', 'Action plans issued'],
  ['agreement-signed', '签约落地', 'Agreement signed'],
  ['agreements-signed', '协议签署', 'Agreements signed'],
  ['annual-targets', '全年目标任务', 'Annual targets'],
  ['approvals', '审批办理', 'Approvals'],
  ['approvals-completed', '联审联批完成', 'Approvals completed'],
  ['area-development', '片区开发', 'Area development'],
  ['assessment-rules', '考核办法', 'Assessment rules'],
  ['bottlenecks-solved', '卡脖子问题突破', 'Bottlenecks solved'],
  ['business-environment', '营商环境', 'Business environment'],
  ['business-environment-ranking', '营商环境争先', 'Business environment ranking'],
  ['catalogues-compiled', '清单编制', 'Catalogues compiled'],
  ['certificates-issued', '办证', 'Certificates issued'],
  ['city-actions', '城市建设行动', 'City actions'],
  ['city-brain', '城市大脑', 'City brain'],
  ['communication', '沟通通报', 'Communication'],
  ['companies-attracted', '引进头部企业', 'Companies attracted'],
  ['completion', '完工', 'Completion'],
  ['construction', '开工建设', 'Construction'],
  ['construction-pace', '施工进度', 'Construction pace'],
  ['construction-progress', '建设进展', 'Construction progress'],
  ['construction-safety', '施工安全', 'Construction safety'],
  ['construction-start', '开工', 'Construction start'],
  ['construction-started', '开工', 'Construction started'],
  ['consultation-mechanism', '会商机制', 'Consultation mechanism'],
  ['consumption-centre', '消费中心建设', 'Consumption centre'],
  ['contracted-investment', '签约金额', 'Contracted investment'],
  ['cooperation', '合作深化', 'Cooperation'],
  ['cooperation-fields', '合作领域', 'Fields of cooperation'],
  ['cooperation-projects', '合作项目', 'Cooperation projects'],
  ['count', '数量', 'Count'],
  ['cultural-identity', '文化形象', 'Cultural identity'],
  ['cultural-mission', '文化使命', 'Cultural mission'],
  ['cultural-support', '文化强市建设', 'Cultural support'],
  ['demolition', '拆迁', 'Demolition'],
  ['design-and-excavation', '方案设计与基坑开挖', 'Design and excavation'],
  ['design-completed', '规划设计完成', 'Design completed'],
  ['developer-support', '企业帮扶', 'Developer support'],
  ['digital-economy', '数字经济', 'Digital economy'],
  ['duty-hours', '值班值守', 'Duty hours'],
  ['early-completion', '早建成早投产', 'Early completion'],
  ['economic-growth', '经济发展', 'Economic growth'],
  ['enterprises-signed', '签约企业', 'Enterprises signed'],
  ['estates-renovated', '老旧小区改造', 'Estates renovated'],
  ['event-held', '举办赛事', 'Event held'],
  ['events-held', '举办赛事', 'Events held'],
  ['experience-officers', '营商环境体验官', 'Experience officers'],
  ['feedback-sessions', '意见征集会', 'Feedback sessions'],
  ['financing', '融资', 'Financing'],
  ['firm-support', '企业扶持', 'Support for firms'],
  ['firm-upgrading', '企业升级', 'Firm upgrading'],
  ['firms-attracted', '企业入驻', 'Firms attracted'],
  ['firms-registered', '企业入库', 'Firms registered'],
  ['fixed-asset-investment-growth', '固定资产投资增长', 'Fixed-asset investment growth'],
  ['flood-duty', '防汛值守', 'Flood duty'],
  ['flood-preparedness', '防汛准备', 'Flood preparedness'],
  ['flood-vigilance', '防汛警戒', 'Flood vigilance'],
  ['flood-warnings', '预警信息', 'Flood warnings'],
  ['follow-up-checks', '回头看', 'Follow-up checks'],
  ['gdp-growth', '经济增长', 'GDP growth'],
  ['green-area', '绿化面积', 'Green area'],
  ['greening-funding', '绿化资金', 'Greening funding'],
  ['greening-quality', '科学绿化', 'Greening quality'],
  ['greening-works', '绿化提升', 'Greening works'],
  ['heritage-display', '遗址展示', 'Heritage display'],
  ['heritage-protection', '历史文化保护', 'Heritage protection'],
  ['hotline-handling', '民生热线办理', 'Hotline handling'],
  ['households-resettled', '回迁安置', 'Households resettled'],
  ['housing-completion-standard', '问题楼盘化解标准', 'Housing completion standard'],
  ['housing-delivery', '保交楼', 'Housing delivery'],
  ['industrial-chains', '重点产业链', 'Industrial chains'],
  ['industrial-projects', '重大产业项目', 'Industrial projects'],
  ['industry-clusters', '产业集群', 'Industry clusters'],
  ['innovation-ecosystem', '双创生态', 'Innovation ecosystem'],
  ['institutes-built', '研究院建设', 'Institutes built'],
  ['investment', '投资额', 'Investment'],
  ['investment-attraction', '招商引资', 'Investment attraction'],
  ['investment-promotion', '招商推介', 'Investment promotion'],
  ['land-sold', '土地出让', 'Land sold'],
  ['land-supply', '土地保障', 'Land supply'],
  ['leading-industries', '主导产业', 'Leading industries'],
  ['logistics-system', '物流体系', 'Logistics system'],
  ['mechanisms', '工作机制', 'Mechanisms'],
  ['online-services', '一网通办', 'Online services'],
  ['output-value', '产值', 'Output value'],
  ['park-built', '园区建设', 'Park built'],
  ['park-coverage', '园区覆盖', 'Park coverage'],
  ['park-upgrade', '园区升级', 'Park upgrade'],
  ['parks-landed', '园区落地', 'Parks landed'],
  ['parks-operating', '园区运营', 'Parks operating'],
  ['permits-completed', '手续办理完成', 'Permits completed'],
  ['plans-aligned', '方案衔接', 'Plans aligned'],
  ['plots-replanned', '地块控规调整', 'Plots replanned'],
  ['policy-documents', '政策文件', 'Policy documents'],
  ['problem-housing-resolved', '问题楼盘化解', 'Problem housing resolved'],
  ['producer-services-growth', '生产性服务业增长', 'Producer services growth'],
  ['progress-reporting', '进度晾晒', 'Progress reporting'],
  ['project-acceleration', '项目提速', 'Project acceleration'],
  ['project-delivery', '项目落地见效', 'Project delivery'],
  ['project-progress', '项目推进', 'Project progress'],
  ['project-rates', '签约率开工率达效率', 'Signing, start and output rates'],
  ['project-services', '项目服务', 'Project services'],
  ['project-start', '项目开工', 'Project start'],
  ['projects-attracted', '引进项目', 'Projects attracted'],
  ['projects-built', '项目建设', 'Projects built'],
  ['projects-in-production', '项目投产', 'Projects in production'],
  ['projects-on-schedule', '项目按期推进', 'Projects on schedule'],
  ['projects-started', '项目开工', 'Projects started'],
  ['ready-to-open', '具备开馆条件', 'Ready to open'],
  ['ready-to-start', '具备开工条件', 'Ready to start'],
  ['relocation', '搬迁', 'Relocation'],
  ['renovation', '改造', 'Renovation'],
  ['renovation-quality', '改造质量', 'Renovation quality'],
  ['resettlement', '回迁安置', 'Resettlement'],
  ['resettlement-funding', '安置资金', 'Resettlement funding'],
  ['resettlement-quality', '安置房质量', 'Resettlement housing quality'],
  ['resettlement-return', '群众回迁', 'Return of resettled residents'],
  ['resident-consultation', '群众意愿', 'Resident consultation'],
  ['roads-completed', '道路完工', 'Roads completed'],
  ['roads-connected', '断头路打通', 'Roads connected'],
  ['roads-opened', '道路通车', 'Roads opened'],
  ['roads-started', '道路开工', 'Roads started'],
  ['rural-revitalisation', '乡村振兴', 'Rural revitalisation'],
  ['schedule-kept', '按节点推进', 'Schedule kept'],
  ['service-brand', '服务品牌', 'Service brand'],
  ['service-halls', '政务服务大厅', 'Service halls'],
  ['service-quality', '为民服务质效', 'Service quality'],
  ['signing', '签约', 'Signing'],
  ['spatial-layout', '空间布局', 'Spatial layout'],
  ['special-campaign', '专项攻坚', 'Special campaign'],
  ['special-campaigns', '专项攻坚行动', 'Special campaigns'],
  ['strong-start', '开门红', 'Strong start'],
  ['strong-year', '全年红', 'Strong year'],
  ['supervision', '督查督办', 'Supervision'],
  ['supervision-points', '营商环境监督点', 'Supervision points'],
  ['supervisors', '特邀监督员', 'Supervisors'],
  ['supporting-infrastructure', '配套基础设施', 'Supporting infrastructure'],
  ['systems-applied', '制度落实', 'Systems applied'],
  ['talent-policy', '人才政策', 'Talent policy'],
  ['teams-built', '队伍建设', 'Teams built'],
  ['tech-services-share', '科技服务业占比', 'Tech services share'],
  ['trains-per-year', '年开行列数', 'Trains per year'],
  ['typhoon-response', '台风防范', 'Typhoon response'],
  ['urban-industry', '都市型工业', 'Urban industry'],
  ['urban-renewal', '城市更新', 'Urban renewal'],
  ['value-added-growth', '增加值增长', 'Value-added growth'],
];

const METRIC: Record<Lang, ReadonlyMap<string, string>> = {
  zh: new Map(METRIC_WORDS.map(([slug, zh]) => [slug, zh])),
  en: new Map(METRIC_WORDS.map(([slug, , en]) => [slug, en])),
};

/** Whether a metric has words of its own in both languages (not its slug). */
export const hasMetricLabel = (metric: string) => METRIC.zh.has(metric) && METRIC.en.has(metric);

function humanizeSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function metricLabel(metric: string, lang: Lang): string {
  return METRIC[lang].get(metric) ?? humanizeSlug(metric);
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
  certainty: (value: DateCertainty) => string;
  metric: (value: string) => string;
  role: (value: QuantityRole) => string;
  batchKind: (value: BatchKind) => string;
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
    role: (value) => ROLE[lang][value] ?? value,
    batchKind: (value) => BATCH_KIND[lang][value] ?? value,
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

/** A word in both languages (a column's header). */
export type Words = Readonly<Record<Lang, string>>;

export type FieldName = keyof (typeof fieldMessages)['zh'];

/** One entry of a catalog in both languages. */
export const wordsOf = <K extends string>(messages: Messages<K>, key: K): Words => ({
  zh: translate(messages.zh, key),
  en: translate(messages.en, key),
});

/** A shared field's name in both languages. */
export const fieldWords = (name: FieldName): Words => wordsOf(fieldMessages, name);
