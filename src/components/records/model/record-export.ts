import type { Source, SourceRef } from '@/data/schema';
import type { CsvCell } from '@/lib/export';
import { pick, type Lang } from '@/lib/i18n';
import type { RecordLabels } from '../labels';
import { listJson } from './export-notes';

/**
 * What the CSV and JSON exports of the record lists (projects, targets, figures) share: the
 * columns every list has and writes the same way (id, name, district, sources, quotes), the
 * table made from a list's own columns, and the JSON record with its district's names. Pure.
 */

/** A CSV export: the header in the reader's language and one row of cells per record. */
export type CsvTable = { header: string[]; rows: CsvCell[][] };

/** Who exported a list, from where, and what made the selection (the JSON export's head). */
export type ListJsonContext = { url: string; exportedAt: string; filters: unknown; total: number };

type DistrictNames = { nameZh: string; nameEn: string };

/** A cell of one of a list's own columns: from the row, in the reader's language. */
export type OwnCell<Row> = (row: Row, lang: Lang, labels: RecordLabels) => CsvCell;

type NameOf<Name extends string> = Readonly<Record<`${Name}Zh` | `${Name}En`, string>>;

/**
 * A list's record: its id, its name in both languages (`nameZh`/`nameEn`,
 * `statementZh`/`statementEn`…), its district and the pages it cites.
 */
type ListedRecord<Name extends string> = NameOf<Name> & {
  id: string;
  districtId: string;
  sourceRefs: readonly SourceRef[];
};

/**
 * The CSV export of a list of records. Every list starts with the record's id, its `name`
 * ("statement", "indicator"…) and its district, then has its `own` columns (header key → cell,
 * in order), and ends with the pages the record cites and the quotes it rests on. Returns the
 * header keys in order and the table of exactly the rows shown, in the order shown, in the
 * reader's language.
 */
export function recordCsv<
  Row extends { district: DistrictNames | undefined },
  Name extends string,
  OwnColumn extends string,
>(name: Name, recordOf: (row: Row) => ListedRecord<Name>, own: Record<OwnColumn, OwnCell<Row>>) {
  type Column = 'id' | Name | 'district' | OwnColumn | 'source' | 'quote';
  const ownColumns = Object.keys(own) as OwnColumn[];
  const columns: readonly Column[] = ['id', name, 'district', ...ownColumns, 'source', 'quote'];
  const table = (
    rows: readonly Row[],
    lang: Lang,
    labels: RecordLabels,
    header: Readonly<Record<Column, string>>,
  ): CsvTable => ({
    header: columns.map((key) => header[key]),
    rows: rows.map((row) => {
      const record = recordOf(row);
      const names: NameOf<Name> = record;
      return [
        record.id,
        pick(lang, names[`${name}Zh`], names[`${name}En`]),
        districtCell(lang, row.district, record.districtId),
        ...ownColumns.map((key) => own[key](row, lang, labels)),
        ...sourceCells(record.sourceRefs),
      ];
    }),
  });
  return { columns, table };
}

/** A record's district in the reader's language; its id when the dataset has no such district. */
function districtCell(lang: Lang, district: DistrictNames | undefined, districtId: string): string {
  return district ? pick(lang, district.nameZh, district.nameEn) : districtId;
}

/** The last two cells of every list's row: the pages a record cites and the quotes it rests on. */
function sourceCells(refs: readonly Pick<SourceRef, 'sourceId' | 'quote'>[]): CsvCell[] {
  return [refs.map((ref) => ref.sourceId).join('; '), refs.map((ref) => ref.quote).join(' / ')];
}

/**
 * The JSON export of a list of `kind` (listJson): `refs` are the pages a row cites, `record`
 * the row as the dataset holds it plus what the view derived for it.
 */
export function listJsonOf<Row, Context extends ListJsonContext = ListJsonContext>(
  kind: string,
  read: {
    refs: (row: Row) => readonly { sourceId: string }[];
    record: (row: Row) => Record<string, unknown>;
  },
) {
  return (sources: readonly Source[], rows: readonly Row[], context: Context) =>
    listJson(kind, sources, rows, read, context);
}

/** A record as the dataset holds it, with its district's names (null when there is none). */
export function withDistrictNames<Held extends object>(
  record: Held,
  district: DistrictNames | undefined,
) {
  return {
    ...record,
    districtNameZh: district?.nameZh ?? null,
    districtNameEn: district?.nameEn ?? null,
  };
}
