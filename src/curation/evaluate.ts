import type { PrintedQuantity } from '@/data/normalize/quantity';
import type { Dataset } from '@/data/schema';
import type { ArticleDraft, Candidate } from './draft';
import { compactText } from './provenance';

/**
 * How well a draft covers what curators recorded from the same page: for each target and figure
 * quoted from the page, whether its sentence is marked, and whether that candidate carries the
 * record's district, quantity and deadline. Used by the 95 % test and for docs/curation.md.
 */

export type RecordCoverage = {
  id: string;
  collection: 'targets' | 'figures';
  quote: string;
  /** The candidate whose sentence holds the quote, if one does. */
  sentence: number | null;
  district: boolean;
  quantity: boolean;
  deadline: boolean;
};

export type PageCoverage = {
  sourceId: string;
  records: RecordCoverage[];
  /** Share of the page's target and figure quotes whose sentence is marked. */
  marked: number;
  /** Share of those whose district, quantity and deadline all agree too. */
  agreed: number;
  /** Share of the draft's candidates whose sentence holds a quote of any record. */
  precision: number;
};

const sameQuantity = (a: PrintedQuantity, b: PrintedQuantity) =>
  a.value === b.value &&
  a.unit === b.unit &&
  a.normalized === b.normalized &&
  a.normalizedUnit === b.normalizedUnit &&
  a.comparator === b.comparator;

export function coverageOf(draft: ArticleDraft, dataset: Dataset): PageCoverage {
  const sourceId = draft.source.id;
  const holding = (quote: string): Candidate | undefined =>
    draft.candidates.find((c) => compactText(c.quote).includes(compactText(quote)));

  const records: RecordCoverage[] = (['targets', 'figures'] as const).flatMap((collection) =>
    dataset[collection].flatMap((row) =>
      row.sourceRefs
        .filter((ref) => ref.sourceId === sourceId)
        .slice(0, 1)
        .map((ref): RecordCoverage => {
          const candidate = holding(ref.quote);
          const deadline = 'deadline' in row ? row.deadline : null;
          return {
            id: row.id,
            collection,
            quote: ref.quote,
            sentence: candidate?.sentence ?? null,
            district: candidate?.districtId === row.districtId,
            quantity:
              candidate !== undefined &&
              (row.quantity === undefined ||
                candidate.quantities.some((q) => sameQuantity(q, row.quantity!))),
            deadline:
              candidate !== undefined &&
              (deadline === null || candidate.deadlines.some((d) => d.date === deadline)),
          };
        }),
    ),
  );

  const quotes = (['projects', 'targets', 'figures'] as const).flatMap((collection) =>
    dataset[collection].flatMap((row) =>
      row.sourceRefs
        .filter((ref) => ref.sourceId === sourceId)
        .map((ref) => compactText(ref.quote)),
    ),
  );
  const used = draft.candidates.filter((c) => quotes.some((q) => compactText(c.quote).includes(q)));
  const share = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    sourceId,
    records,
    marked: share(records.filter((r) => r.sentence !== null).length, records.length),
    agreed: share(
      records.filter((r) => r.sentence !== null && r.district && r.quantity && r.deadline).length,
      records.length,
    ),
    precision: share(used.length, draft.candidates.length),
  };
}
