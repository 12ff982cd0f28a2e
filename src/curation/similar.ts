import type { Dataset } from '@/data/schema';
import type { Candidate } from './draft';
import { compactText } from './provenance';

/**
 * Existing records that look like a sentence's item, so a later page about them becomes a
 * status report or a new mention instead of a duplicate record.
 */

/** Pairs every page uses: they say nothing about which item is meant. */
const COMMON = new Set(
  '项目 建设 工作 推进 推动 加快 完成 全区 开展 重点 发展 管理 服务 实施 提升 确保 力争 全面 持续 进一步'
    .split(' ')
    .flatMap((word) => [...word].slice(1).map((c, i) => word[i] + c)),
);

/** Character pairs of a text: what two wordings of the same item share. */
function bigrams(text: string): Set<string> {
  const chars = [...compactText(text).replace(/[\p{P}\p{S}\d]/gu, '')];
  return new Set(
    chars
      .slice(1)
      .map((c, i) => chars[i] + c)
      .filter((pair) => !COMMON.has(pair)),
  );
}

/** Share of the shorter text's pairs found in the other; nothing below two shared pairs. */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared += 1;
  return shared < 2 ? 0 : shared / Math.max(1, Math.min(a.size, b.size));
}

/** At least this share of pairs makes two wordings look like one item. */
export const SIMILAR_SHARE = 0.5;

/**
 * How much two wordings look alike: the share of the shorter one's character pairs (common
 * pairs such as 项目 or 建设 left out) found in the other, 0 below two shared pairs. The same
 * measure finds existing records for a sentence and matches a curator's composed project name
 * with a draft's (evaluate.ts).
 */
export const wordingOverlap = (a: string, b: string) => overlap(bigrams(a), bigrams(b));

export type SimilarRecord = {
  collection: 'targets' | 'projects';
  id: string;
  text: string;
  districtId: string;
  score: number;
};

type Row = SimilarRecord & { pairs: Set<string> };

/** Each dataset's rows with their character pairs, by district: read once, not per sentence. */
const rowsByDataset = new WeakMap<Dataset, Map<string, Row[]>>();

function rowsOf(dataset: Dataset): Map<string, Row[]> {
  let byDistrict = rowsByDataset.get(dataset);
  if (byDistrict) return byDistrict;
  byDistrict = new Map();
  const rows: Row[] = [
    ...dataset.targets.map((t) => ({
      collection: 'targets' as const,
      id: t.id,
      text: t.statementZh,
      districtId: t.districtId,
      score: 0,
      pairs: bigrams(t.statementZh),
    })),
    ...dataset.projects.map((p) => {
      const text = [p.nameZh, p.locationZh].filter(Boolean).join(' ');
      return {
        collection: 'projects' as const,
        id: p.id,
        text,
        districtId: p.districtId,
        score: 0,
        pairs: bigrams(text),
      };
    }),
  ];
  for (const row of rows)
    byDistrict.set(row.districtId, [...(byDistrict.get(row.districtId) ?? []), row]);
  rowsByDataset.set(dataset, byDistrict);
  return byDistrict;
}

/**
 * Existing targets and projects of the sentence's district that look like its item (shared
 * wording), best first: a later page about them is a report or a mention, not a new record.
 * Only the sentence's own district: an item of another district is another item.
 */
export function similarRecords(dataset: Dataset, candidate: Candidate, limit = 5): SimilarRecord[] {
  if (candidate.districtId === null) return [];
  const sentence = bigrams(candidate.quote);
  return (rowsOf(dataset).get(candidate.districtId) ?? [])
    .map(({ pairs, ...row }) => ({ ...row, score: overlap(sentence, pairs) }))
    .filter((row) => row.score >= SIMILAR_SHARE)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
}
