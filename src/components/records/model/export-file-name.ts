import { asOfFileTag, fileSafe } from '@/lib/export';
import type { Lang } from '@/lib/i18n';

/** A district as a file name names it. */
export type NamedDistrict = { id: string; nameZh: string; nameEn: string };

/** More districts than this are named by their number (3个区县, 3-districts). */
const NAMED_DISTRICTS = 2;

/**
 * A district in an English file name: its name without the kind (guancheng-hui for Guancheng
 * Hui District), or its id where the id is a word (jingkai: the full English name of the
 * development zone would crowd out the date).
 */
function districtSlug(district: NamedDistrict): string {
  if (!/^\d+$/.test(district.id)) return fileSafe(district.id).toLowerCase();
  const bare = district.nameEn.replace(/\s+(new district|district|county|city|zone)$/i, '');
  return fileSafe(bare).toLowerCase();
}

/**
 * The name (without extension) of a list's export, saying the view, the districts it is
 * filtered to and the day its states are judged on, so two downloads of two views do not
 * overwrite each other and a file found later says what it holds:
 * 郑州区县目标-管城回族区-截至2021-04-30 / zhengzhou-district-targets-guancheng-hui-asof-2021-04-30.
 */
export function exportFileName({
  base,
  lang,
  districts,
  asOf,
}: {
  /** The view's name in the reader's language (郑州区县目标, zhengzhou-district-targets). */
  base: string;
  lang: Lang;
  /** The districts the view is filtered to; none when it shows them all. */
  districts: readonly NamedDistrict[];
  /** YYYY-MM-DD, the day the states are judged on. */
  asOf: string;
}): string {
  const many = districts.length > NAMED_DISTRICTS;
  const where =
    lang === 'zh'
      ? many
        ? [`${districts.length}个区县`]
        : districts.map((district) => fileSafe(district.nameZh))
      : many
        ? [`${districts.length}-districts`]
        : districts.map(districtSlug);
  return [fileSafe(base), ...where, asOfFileTag(asOf, lang)].join('-');
}
