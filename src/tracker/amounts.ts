import type { Dataset, Quantity, QuantityRole } from '@/data/schema';
import { fail, ok, type Result } from '@/lib/result';

/**
 * Amounts of money the pages state, each with its role (a lifetime total, a period's plan, done
 * so far, a count), and the one rule for adding them (docs/data.md, "Roles of amounts"): only
 * amounts of the same role, unit and period are added, and never a part (其中, a batch's member
 * or subset) together with its whole.
 */

/** Which record an amount comes from. */
export type AmountSource = 'project' | 'batch' | 'target' | 'figure';

export type StatedAmount = {
  /** `${source}:${id}`, unique across collections; `field` tells a batch's total from its plan. */
  key: string;
  source: AmountSource;
  recordId: string;
  districtId: string;
  quantity: Quantity;
  /** The period it belongs to; null for a lifetime total, which belongs to no period. */
  period: string | null;
  /** The last day a cumulative amount counts (1–N月), when it does not cover its whole period. */
  through?: string;
  /** The keys of the amounts this one is part of (its whole, its batch, its batch's whole). */
  wholes: readonly string[];
  /** The day its first page was printed: an amount is not shown before it was announced. */
  announced: string;
};

export type SumRefusal =
  | { kind: 'empty' }
  | { kind: 'mixed-roles'; roles: QuantityRole[] }
  | { kind: 'mixed-units'; units: string[] }
  | { kind: 'mixed-periods'; periods: string[] }
  | { kind: 'part-and-whole'; part: string; whole: string };

const distinct = <T>(values: readonly T[]) => [...new Set(values)];

/** A period and how much of it an amount covers: 2024 is not 2024 through 10-31. */
const periodKey = (amount: StatedAmount) =>
  `${amount.period ?? 'lifetime'}${amount.through ? ` through ${amount.through}` : ''}`;

/**
 * The sum of amounts that may be added, or why they may not: different roles (a lifetime total
 * and a year's plan), units or periods, or a part listed with its whole.
 */
export function sumAmounts(amounts: readonly StatedAmount[]): Result<number, SumRefusal> {
  if (amounts.length === 0) return fail({ kind: 'empty' });
  const roles = distinct(amounts.map((a) => a.quantity.role));
  if (roles.length > 1) return fail({ kind: 'mixed-roles', roles });
  const units = distinct(amounts.map((a) => a.quantity.normalizedUnit));
  if (units.length > 1) return fail({ kind: 'mixed-units', units });
  const periods = distinct(amounts.map(periodKey));
  if (periods.length > 1) return fail({ kind: 'mixed-periods', periods });
  const keys = new Set(amounts.map((a) => a.key));
  for (const amount of amounts) {
    const whole = amount.wholes.find((key) => keys.has(key));
    if (whole !== undefined) return fail({ kind: 'part-and-whole', part: amount.key, whole });
  }
  return ok(amounts.reduce((sum, a) => sum + a.quantity.normalized, 0));
}

/** Amounts that may be added: one role, one period. Parts of an amount in it are listed apart. */
export type AmountGroup = {
  key: string;
  role: QuantityRole;
  period: string | null;
  through: string | undefined;
  /** The sum of `amounts` (never of `parts`). */
  total: number;
  amounts: readonly StatedAmount[];
  /** Amounts of this role and period whose whole is in `amounts` (其中): shown, not added. */
  parts: readonly StatedAmount[];
  /** How many of `amounts` are approximate (以上, 约, 余…). */
  approximate: number;
};

const ROLE_ORDER: Record<QuantityRole, number> = {
  done: 0,
  plan: 1,
  total: 2,
  count: 3,
  measure: 4,
};

/**
 * Groups amounts by role and period; within a group, an amount whose whole is in the group is
 * a part, listed and not added. Latest period first; lifetime totals (no period) last.
 */
export function groupAmounts(amounts: readonly StatedAmount[]): AmountGroup[] {
  const byKey = new Map<string, StatedAmount[]>();
  for (const amount of amounts) {
    const key = `${amount.quantity.role}|${periodKey(amount)}`;
    const list = byKey.get(key);
    if (list) list.push(amount);
    else byKey.set(key, [amount]);
  }
  const groups: AmountGroup[] = [];
  for (const [key, members] of byKey) {
    const inGroup = new Set(members.map((m) => m.key));
    const parts = members.filter((m) => m.wholes.some((whole) => inGroup.has(whole)));
    const tops = members.filter((m) => !parts.includes(m));
    const sum = sumAmounts(tops);
    // Tops share role, unit and period by construction and hold no whole of another.
    if (!sum.ok)
      throw new Error(`amounts grouped under ${key} cannot be added: ${sum.reason.kind}`);
    const first = members[0]!;
    groups.push({
      key,
      role: first.quantity.role,
      period: first.period,
      through: first.through,
      total: sum.data,
      amounts: tops,
      parts,
      approximate: tops.filter((m) => m.quantity.comparator !== 'exactly').length,
    });
  }
  return groups.sort(
    (a, b) =>
      (b.period ?? '').localeCompare(a.period ?? '') ||
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      b.total - a.total,
  );
}

const INVESTMENT = /invest/i;

/**
 * Every amount of investment the pages state: a project's total, a batch's total and plan, an
 * investment target's plan, an investment figure. Other money (revenue, output) is not
 * investment. `announcedOn` gives the day a record was first printed.
 */
export function investmentAmounts(
  dataset: Pick<Dataset, 'projects' | 'targets' | 'figures' | 'batches'>,
  announcedOn: (source: AmountSource, id: string) => string,
): StatedAmount[] {
  const batchOf = new Map<string, string[]>();
  for (const batch of dataset.batches)
    for (const id of batch.projectIds) batchOf.set(id, [...(batchOf.get(id) ?? []), batch.id]);
  const parentOf = new Map(dataset.batches.map((b) => [b.id, b.parentId]));
  // A batch's amounts are parts of its whole batch's amount of the same field.
  const batchWholes = (batchId: string | undefined, field: 'total' | 'plan'): string[] => {
    const keys: string[] = [];
    const seen = new Set<string>();
    for (let id = batchId; id !== undefined && !seen.has(id); id = parentOf.get(id)) {
      seen.add(id);
      keys.push(`batch:${id}:${field}`);
    }
    return keys;
  };
  const out: StatedAmount[] = [];
  const money = (q: Quantity | undefined): q is Quantity => q?.normalizedUnit === 'CNY';
  for (const p of dataset.projects) {
    if (!money(p.investment)) continue;
    out.push({
      key: `project:${p.id}`,
      source: 'project',
      recordId: p.id,
      districtId: p.districtId,
      quantity: p.investment,
      period: null,
      wholes: [
        ...(p.parentId !== undefined ? [`project:${p.parentId}`] : []),
        ...(batchOf.get(p.id) ?? []).flatMap((id) => batchWholes(id, 'total')),
      ],
      announced: announcedOn('project', p.id),
    });
  }
  for (const b of dataset.batches) {
    for (const field of ['total', 'plan'] as const) {
      const quantity = b[field];
      if (!money(quantity)) continue;
      out.push({
        key: `batch:${b.id}:${field}`,
        source: 'batch',
        recordId: b.id,
        districtId: b.districtId,
        quantity,
        period: field === 'total' ? null : b.period,
        wholes: batchWholes(b.parentId, field),
        announced: announcedOn('batch', b.id),
      });
    }
  }
  for (const t of dataset.targets) {
    if (!money(t.quantity) || !INVESTMENT.test(t.metric)) continue;
    out.push({
      key: `target:${t.id}`,
      source: 'target',
      recordId: t.id,
      districtId: t.districtId,
      quantity: t.quantity,
      period: t.quantity.role === 'total' ? null : t.period,
      wholes: [
        ...(t.partOf !== undefined ? [`target:${t.partOf}`] : []),
        ...(t.batchId !== undefined ? batchWholes(t.batchId, 'plan') : []),
      ],
      announced: announcedOn('target', t.id),
    });
  }
  for (const f of dataset.figures) {
    if (!money(f.quantity) || !INVESTMENT.test(f.indicatorEn)) continue;
    out.push({
      key: `figure:${f.id}`,
      source: 'figure',
      recordId: f.id,
      districtId: f.districtId,
      quantity: f.quantity,
      period: f.quantity.role === 'total' ? null : f.period,
      ...(f.through !== undefined ? { through: f.through } : {}),
      wholes: [
        ...(f.partOf !== undefined ? [`figure:${f.partOf}`] : []),
        ...(f.batchId !== undefined
          ? batchWholes(f.batchId, f.quantity.role === 'total' ? 'total' : 'plan')
          : []),
      ],
      announced: announcedOn('figure', f.id),
    });
  }
  return out;
}
