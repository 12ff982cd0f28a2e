import { pinyin } from 'pinyin-pro';
import { divisionOf } from '@/curation/gazetteer';
import { LIMITS } from '@/data/schema';

/**
 * Readable record ids, as docs/data.md writes them: `<district>-<year>-<what>` for targets,
 * figures and batches (guancheng-2021-q1-investment), `<district>-<name>` for projects
 * (guancheng-longhai-road). The words come from the record's own Chinese: a few frequent words
 * have their English slug, the rest is written in pinyin (pinyin-pro). Unique against the ids
 * already taken.
 */

/** The district's slug: the zone's id (jingkai), else its English name's first word (guancheng). */
export function districtSlug(districtId: string): string {
  const division = divisionOf(districtId);
  if (!division) return districtId.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'district';
  if (!/^\d+$/.test(division.id)) return division.id;
  return division.nameEn.split(' ')[0]!.toLowerCase();
}

/** Words common enough to have an English slug (longest first when read). */
const GLOSSARY: Record<string, string> = {
  营商环境: 'business-environment',
  固定资产投资: 'fixed-asset-investment',
  生产总值: 'gdp',
  安置房: 'resettlement-housing',
  产业园: 'industrial-park',
  保交楼: 'guaranteed-delivery',
  老旧小区: 'old-estates',
  断头路: 'dead-end-roads',
  重点项目: 'key-projects',
  集中开工: 'groundbreaking',
  集中签约: 'signing',
  开门红: 'strong-start',
  招商: 'investment-promotion',
  投资: 'investment',
  开工: 'start',
  竣工: 'completion',
  完工: 'completion',
  建成: 'completion',
  签约: 'signing',
  增长: 'growth',
  回迁: 'return',
  公园: 'park',
  项目: 'projects',
  道路: 'roads',
  大街: 'street',
  片区: 'area',
  市场: 'market',
  中心: 'center',
  基地: 'base',
  工程: 'works',
  平台: 'platform',
  路: 'road',
  街: 'street',
  村: 'village',
};
const GLOSSARY_PATTERN = new RegExp(
  Object.keys(GLOSSARY)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/** Chinese words → a slug: glossary words in English, the rest in pinyin, at most `words` parts. */
export function slugOf(text: string, words = 4): string {
  const han = text.replace(/[^\p{Script=Han}A-Za-z0-9]+/gu, ' ');
  const parts: string[] = [];
  let last = 0;
  const pushPinyin = (chunk: string) => {
    for (const piece of chunk.split(/\s+/).filter(Boolean)) {
      const latin = pinyin(piece, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
        .join('')
        .toLowerCase()
        .replace(/ü/g, 'v')
        .replace(/[^a-z0-9]+/g, '');
      if (latin) parts.push(latin);
    }
  };
  for (const match of han.matchAll(GLOSSARY_PATTERN)) {
    pushPinyin(han.slice(last, match.index));
    parts.push(GLOSSARY[match[0]]!);
    last = match.index + match[0].length;
  }
  pushPinyin(han.slice(last));
  const kept = parts.filter((part, i) => part !== parts[i - 1]).slice(0, words);
  return kept.join('-').slice(0, 60).replace(/-+$/, '');
}

/** Cue words, deadlines and numbers say nothing about which record it is. */
const NOISE =
  /力争|确保|争取|要|将|计划|推动|推进|加快|全力|全面|积极|持续|进一步|完成|实现|\d{4}年|[一二三四1-4]季度|[上下]半年|\d{1,2}月底?前?|年底前?|全年|今年|[\d.]+(?:亿元|万元|亿|%|个|条|家|名|场|项|宗)(?:以上)?|以上|[的了和与及等在对]/g;

/** The words of a statement that name what it is about. */
export function keyWords(text: string): string {
  return text.replace(NOISE, ' ');
}

/** The period's slug part: 2021-Q1 → 2021-q1, 2021-03 → 2021-03, 2024 → 2024. */
export const periodSlug = (period: string) => period.toLowerCase();

/** `base`, or `base-2`, `base-3`… the first that is not taken; always a valid id. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-_]+|[-_]+$/g, '')
      .slice(0, LIMITS.idLength - 4) || 'record';
  if (!taken.has(clean)) return clean;
  for (let n = 2; ; n += 1) if (!taken.has(`${clean}-${n}`)) return `${clean}-${n}`;
}
