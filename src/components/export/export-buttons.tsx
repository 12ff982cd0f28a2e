import { useState } from 'react';
import { defineMessages, useT } from '@/lib/i18n';

const messages = defineMessages({
  zh: {
    group: '导出当前表格',
    csv: '导出 CSV（Excel）',
    zip: '导出 CSV 与说明（ZIP 压缩包）',
    json: '导出 JSON',
    working: '正在导出…',
    failed: '导出失败：{reason}',
  },
  en: {
    group: 'Export the table as shown',
    csv: 'Export CSV (Excel)',
    zip: 'Export CSV with notes (zip)',
    json: 'Export JSON',
    working: 'Exporting…',
    failed: 'Export failed: {reason}',
  },
});

/** CSV and JSON of exactly the rows shown; the work happens in the callbacks (lazy papaparse). */
export function ExportButtons({
  onCsv,
  onZip,
  onJson,
  disabled,
}: {
  onCsv: () => Promise<void>;
  /** The CSV with a README of where its rows came from, zipped; absent where there is none. */
  onZip?: () => Promise<void>;
  onJson: () => Promise<void>;
  disabled?: boolean;
}) {
  const t = useT(messages);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = (task: () => Promise<void>) => async () => {
    setBusy(true);
    setProblem(null);
    try {
      await task();
    } catch (error) {
      setProblem(t('failed', { reason: error instanceof Error ? error.message : '?' }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={t('group')}>
      {(
        [
          ['csv', onCsv],
          ['zip', onZip],
          ['json', onJson],
        ] as const
      ).flatMap(([format, task]) =>
        !task ? (
          []
        ) : (
          <button
            key={format}
            type="button"
            className="button button-secondary"
            disabled={disabled || busy}
            onClick={run(task)}
          >
            {t(format)}
          </button>
        ),
      )}
      {busy && <span role="status">{t('working')}</span>}
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
    </div>
  );
}
