export const DATASET_ORIGINS_VARIABLE: 'DATASET_ORIGINS';
export function parseDatasetOrigins(
  value: string | undefined,
): { ok: true; origins: string[] } | { ok: false; reason: string };
export function contentSecurityPolicy(
  datasetOrigins: readonly string[],
  options?: { header?: boolean },
): string;
export function policyForEnvironment(
  env?: Record<string, string | undefined>,
  options?: { header?: boolean },
): string;
export function metaPolicy(html: string): string | undefined;
export function withMetaPolicy(html: string, policy: string): string;
export function headerPolicyFor(html: string): string;
