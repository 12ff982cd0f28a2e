import type { District, Figure, Project, Target } from '@/data/schema';

/**
 * What the search box looks through, per record: its Chinese and English text, the quoted
 * sentences and its district's names, lower-cased once and cached per record object (a
 * dataset's records never change), so a keystroke is a plain `includes` per row.
 */
const cache = new WeakMap<object, string>();

function cached(record: object, build: () => (string | undefined | null)[]): string {
  let text = cache.get(record);
  if (text === undefined) {
    text = build().filter(Boolean).join('\n').toLowerCase();
    cache.set(record, text);
  }
  return text;
}

const districtNames = (district: District | undefined) =>
  district ? [district.nameZh, district.nameEn] : [];

export function projectSearchText(project: Project, district: District | undefined): string {
  return cached(project, () => [
    project.id,
    project.nameZh,
    project.nameEn,
    project.descriptionZh,
    project.descriptionEn,
    ...project.sourceRefs.map((ref) => ref.quote),
    ...districtNames(district),
  ]);
}

export function targetSearchText(target: Target, district: District | undefined): string {
  return cached(target, () => [
    target.id,
    target.statementZh,
    target.statementEn,
    target.deadlineText,
    target.metric,
    ...target.sourceRefs.map((ref) => ref.quote),
    ...districtNames(district),
  ]);
}

export function figureSearchText(figure: Figure, district: District | undefined): string {
  return cached(figure, () => [
    figure.id,
    figure.indicatorZh,
    figure.indicatorEn,
    ...figure.sourceRefs.map((ref) => ref.quote),
    ...districtNames(district),
  ]);
}
