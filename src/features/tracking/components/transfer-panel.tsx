import { useId, useMemo, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useCurrentDataset } from '@/data/dataset-source';
import { todayIso } from '@/lib/calendar';
import { FOLLOW_UP_LIMITS } from '@/data/tracking/follow-up';
import { type FileIssue, type FileProblem } from '@/data/tracking/follow-up-file';
import { useDeleteAllFollowUps, useImportFollowUps } from '@/data/tracking/follow-up-mutations';
import {
  useFollowUps,
  useInvalidFollowUps,
  useStoragePersisted,
} from '@/data/tracking/follow-up-queries';
import type {
  ImportProblem,
  ImportSummary,
  InvalidRecord,
  RecordVersions,
  StorageProblem,
} from '@/data/tracking/follow-up-store';
import { recordVersion } from '@/data/tracking/follow-up-canonical';
import type { FollowUp } from '@/data/tracking/follow-up';
import { useRecordLabels } from '@/components/records/labels';
import { downloadText } from '@/lib/export';
import { formatDate } from '@/lib/format';
import { pick, useLang, useT } from '@/lib/i18n';
import { firstCodePoints } from '@/lib/text';
import { trackingMessages } from '../messages';
import { BackupReminder, useBackupDownload } from './backup-reminder';
import { DatabaseGoneNotice, StorageProblemNotice, useLastSeenFollowUps } from './storage-problem';
import { StorageUnavailable } from './storage-unavailable';
import '../tracking.css';

type Outcome =
  | { kind: 'none' }
  | { kind: 'exported'; count: number; file: string }
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'rejected'; file: string; problem: ImportProblem }
  | { kind: 'deleted'; count: number }
  | { kind: 'failed'; message: string }
  /** "Delete all" failed or was refused. */
  | { kind: 'delete-failed'; problem: StorageProblem };

const MAX_MB = FOLLOW_UP_LIMITS.fileBytes / 1_000_000;
/** How much of a target's statement a message names it by. */
const TARGET_NAME_LENGTH = 24;
/** How many unknown ids a message names before it says "…". */
const LISTED_IDS = 5;

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, LISTED_IDS).join(', ');
  return ids.length > LISTED_IDS ? `${shown}, …` : shown;
}

/**
 * Export every follow-up as one JSON file, import one (validated whole before anything is
 * written; all or nothing), and delete all after a confirmation.
 */
export function FollowUpTransferPanel({ embedded = false }: { embedded?: boolean }) {
  const t = useT(trackingMessages);
  const ids = useId();
  const view = useFollowUps();
  const invalid = useInvalidFollowUps();
  const lastSeen = useLastSeenFollowUps();
  const persisted = useStoragePersisted();
  const backup = useBackupDownload();
  const importFollowUps = useImportFollowUps();
  const deleteAll = useDeleteAllFollowUps();
  const knownTargetIds = useCurrentDataset((d) => d.targets);
  const knownSourceIds = useCurrentDataset((d) => d.sources);
  const known = useMemo(
    () => ({
      targetIds: new Set(knownTargetIds.map((target) => target.id)),
      sourceIds: new Set(knownSourceIds.map((source) => source.id)),
    }),
    [knownTargetIds, knownSourceIds],
  );
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  /**
   * While "delete all" asks for confirmation: every record it shows, with its version, as
   * they were when it opened. Confirming deletes exactly those, or nothing if another tab
   * has added, edited or deleted any since (the list on screen may have been read again).
   */
  const [confirming, setConfirming] = useState<RecordVersions | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const deleteAllButton = useRef<HTMLButtonElement>(null);

  const Heading = embedded ? 'h3' : 'h2';
  const invalidRecords = invalid?.ok ? invalid.data : [];
  const validCount = view.state === 'ready' ? view.followUps.length : 0;
  /** What "delete all" deletes: every stored record, the invalid ones too. */
  const count = validCount + invalidRecords.length;
  const ready = view.state === 'ready';
  const { lang } = useLang();
  /** A follow-up as a message names it: the start of its target's statement, and its date. */
  const nameFollowUp = (followUp: FollowUp) => {
    const target = knownTargetIds.find((candidate) => candidate.id === followUp.targetId);
    const statement = target
      ? pick(lang, target.statementZh, target.statementEn)
      : followUp.targetId;
    const short = firstCodePoints(statement, TARGET_NAME_LENGTH);
    return t('changedItem', {
      target: short === statement ? statement : `${short}…`,
      date: formatDate(followUp.date, lang),
    });
  };
  const orphans =
    view.state === 'ready'
      ? view.followUps.filter((followUp) => !known.targetIds.has(followUp.targetId))
      : [];

  async function onExport() {
    const result = await backup();
    setOutcome(
      result.ok
        ? { kind: 'exported', count: result.count, file: result.file }
        : { kind: 'failed', message: result.message },
    );
  }

  async function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Let the same file be chosen again (after fixing it, or to show that twice changes nothing).
    input.value = '';
    if (!file) return;
    setConfirming(null);
    setOutcome({ kind: 'none' });
    if (file.size > FOLLOW_UP_LIMITS.fileBytes) {
      // Refused before reading: a huge file never reaches memory.
      setOutcome({
        kind: 'rejected',
        file: file.name,
        problem: {
          kind: 'file',
          problem: {
            kind: 'too-large',
            issues: [
              {
                path: '(root)',
                message: `${file.size.toLocaleString('en')} bytes`,
                code: 'too-large',
                params: { max: MAX_MB },
              },
            ],
            total: 1,
          },
        },
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      // The file went away or cannot be read (permissions); nothing was written.
      setOutcome({
        kind: 'failed',
        message: t('failedBecause', {
          lead: t('failedImport'),
          reason: error instanceof Error ? error.message : String(error),
        }),
      });
      return;
    }
    const result = await importFollowUps.mutateAsync({ text, known });
    setOutcome(
      result.ok
        ? { kind: 'imported', summary: result.data }
        : { kind: 'rejected', file: file.name, problem: result.reason },
    );
  }

  /** What "delete all" shows now: every stored record and its version. */
  function shownVersions(): RecordVersions {
    return new Map([
      ...(view.state === 'ready'
        ? view.followUps.map(
            (followUp) => [followUp.id, recordVersion(followUp, followUp)] as const,
          )
        : []),
      ...invalidRecords.map(
        (record) => [record.key, recordVersion(undefined, record.value)] as const,
      ),
    ]);
  }

  async function onDeleteAll(shown: RecordVersions) {
    const result = await deleteAll.mutateAsync(shown);
    setConfirming(null);
    setOutcome(
      result.ok
        ? { kind: 'deleted', count: result.data }
        : { kind: 'delete-failed', problem: result.reason },
    );
    deleteAllButton.current?.focus();
  }

  return (
    <section
      // The full panel (on /targets) is where links point; the embedded one sits in a target's
      // follow-up panel, a level lower.
      id={embedded ? undefined : 'follow-up-transfer'}
      className={
        embedded ? 'transfer-panel transfer-panel-embedded' : 'tracking-panel transfer-panel'
      }
      aria-labelledby={`${ids}-title`}
    >
      <Heading id={`${ids}-title`}>{t('transferTitle')}</Heading>
      <p className="tracking-intro">{t('transferIntro')}</p>

      {view.state === 'unavailable' && <StorageUnavailable problem={view.problem} />}
      {view.state === 'loading' && <p className="follow-up-muted">{t('loading')}</p>}
      {ready && (
        <p data-testid="stored-count">
          {validCount === 0 ? t('nothingStored') : t('storedCount', { count: validCount })}
        </p>
      )}
      {ready && validCount > 0 && persisted !== undefined && (
        <p className="follow-up-muted" data-testid="persistence">
          {persisted ? t('persisted') : t('notPersisted')}
        </p>
      )}
      {!embedded && <BackupReminder />}
      {!embedded && <DatabaseGoneNotice lastSeen={lastSeen} />}
      {invalidRecords.length > 0 && <InvalidRecords records={invalidRecords} />}
      {!embedded && orphans.length > 0 && <OrphanFollowUps followUps={orphans} />}

      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={!ready || validCount === 0}
          onClick={() => void onExport()}
        >
          {t('exportAll')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={!ready || importFollowUps.isPending}
          onClick={() => fileInput.current?.click()}
        >
          {importFollowUps.isPending ? t('importing') : t('importFile')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label={t('importFileLabel')}
          className="visually-hidden"
          tabIndex={-1}
          onChange={(event) => void onFileChosen(event)}
        />
        <button
          ref={deleteAllButton}
          type="button"
          className="button button-secondary button-danger-outline"
          disabled={!ready || count === 0}
          aria-expanded={confirming !== null}
          onClick={() => setConfirming(shownVersions())}
        >
          {t('deleteAll')}
        </button>
      </div>

      {confirming && (
        <div className="follow-up-confirm" role="group" aria-labelledby="delete-all-confirm-text">
          <p id="delete-all-confirm-text">{t('confirmDeleteAll', { count: confirming.size })}</p>
          <div className="form-actions">
            {validCount > 0 && (
              <button type="button" className="button" onClick={() => void onExport()}>
                {t('backupFirst')}
              </button>
            )}
            <button
              type="button"
              className="button button-danger"
              disabled={deleteAll.isPending}
              onClick={() => void onDeleteAll(confirming)}
            >
              {t('confirmDeleteAllYes', { count: confirming.size })}
            </button>
            <button
              type="button"
              className="button button-secondary"
              autoFocus
              onClick={() => {
                setConfirming(null);
                deleteAllButton.current?.focus();
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      )}

      <TransferOutcome outcome={outcome} lastSeen={lastSeen} nameFollowUp={nameFollowUp} />
    </section>
  );
}

function fileProblemSummary(
  t: ReturnType<typeof useT<keyof (typeof trackingMessages)['zh']>>,
  problem: FileProblem,
) {
  // Each kind of problem has its message under its own name; those with a number say it.
  return t(problem.kind, { max: MAX_MB, total: problem.total });
}

const EXPECTED_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  object: '对象',
  array: '列表',
  boolean: '真/假值',
};

function TransferOutcome({
  outcome,
  lastSeen,
  nameFollowUp,
}: {
  outcome: Outcome;
  lastSeen: readonly FollowUp[];
  nameFollowUp: (followUp: FollowUp) => string;
}) {
  const t = useT(trackingMessages);
  const { lang } = useLang();
  // Each kind of problem in the reader's language; anything unforeseen in the validator's words.
  const describeIssue = (issue: FileIssue) => {
    if (issue.code === 'other') return `${t('issue-other')} (${issue.message})`;
    const params = { ...issue.params };
    if (issue.code === 'wrong-type' && lang === 'zh')
      params.expected = EXPECTED_ZH[String(params.expected)] ?? String(params.expected);
    return t(`issue-${issue.code}`, params);
  };
  // The live regions are always in the page, so what appears in them is announced.
  const status =
    outcome.kind === 'exported' ? (
      <p>{t('exported', { count: outcome.count, file: outcome.file })}</p>
    ) : outcome.kind === 'deleted' ? (
      <p>{t('deletedAll', { count: outcome.count })}</p>
    ) : outcome.kind === 'imported' ? (
      <>
        <p>
          {t('imported', {
            added: outcome.summary.added,
            updated: outcome.summary.updated,
            unchanged: outcome.summary.unchanged,
          })}
        </p>
        {outcome.summary['kept-stored'] > 0 && (
          <p>{t('keptStored', { count: outcome.summary['kept-stored'] })}</p>
        )}
        {outcome.summary.fromVersion < 2 && (
          <p>{t('migrated', { version: outcome.summary.fromVersion })}</p>
        )}
        {outcome.summary.unknown.targetIds.length > 0 && (
          <p>
            {t('unknownTargets', {
              count: outcome.summary.unknown.targetIds.length,
              ids: listIds(outcome.summary.unknown.targetIds),
            })}
          </p>
        )}
        {outcome.summary.unknown.sourceIds.length > 0 && (
          <p>
            {t('unknownSources', {
              count: outcome.summary.unknown.sourceIds.length,
              ids: listIds(outcome.summary.unknown.sourceIds),
            })}
          </p>
        )}
      </>
    ) : null;

  let alert = null;
  if (outcome.kind === 'failed') alert = <p>{outcome.message}</p>;
  if (outcome.kind === 'delete-failed')
    alert = (
      <StorageProblemNotice
        problem={outcome.problem}
        action="delete-all"
        lastSeen={lastSeen}
        nameFollowUp={nameFollowUp}
        inAlert
      />
    );
  if (outcome.kind === 'rejected') {
    const { problem } = outcome;
    alert = (
      <>
        <p>
          <strong>
            {/* A refused file changed nothing; a failed write says itself what is stored. */}
            {problem.kind === 'file'
              ? t('importRejected', { file: outcome.file })
              : t('importNotDone', { file: outcome.file })}
          </strong>
        </p>
        {problem.kind === 'file' ? (
          <>
            <p>{fileProblemSummary(t, problem.problem)}</p>
            <ul className="transfer-issues">
              {problem.problem.issues.map((issue, index) => (
                <li key={index}>
                  <code>{issue.path}</code>: {describeIssue(issue)}
                </li>
              ))}
            </ul>
            {problem.problem.total > problem.problem.issues.length && (
              <p>
                {t('moreIssues', { count: problem.problem.total - problem.problem.issues.length })}
              </p>
            )}
          </>
        ) : (
          <StorageProblemNotice
            problem={problem.problem}
            action="import"
            lastSeen={lastSeen}
            inAlert
          />
        )}
      </>
    );
  }

  return (
    <>
      <div className="transfer-result" role="status">
        {status}
      </div>
      <div className="transfer-error" role="alert">
        {alert}
      </div>
    </>
  );
}

/** How many invalid records a list names before it says how many more. */
const LISTED_RECORDS = 20;

/**
 * A notice about stored records: what they are, then the first LISTED_RECORDS of them, each as
 * its code (an id) and what is wrong, then how many more there are.
 */
function RecordsNotice<Item>({
  testId,
  intro,
  items,
  entry,
  children,
}: {
  testId: string;
  intro: string;
  items: readonly Item[];
  entry: (item: Item) => readonly [key: string, code: string, text: string];
  children?: ReactNode;
}) {
  const t = useT(trackingMessages);
  return (
    <div className="tracking-notice" data-testid={testId}>
      <p>{intro}</p>
      <ul className="transfer-issues">
        {items
          .slice(0, LISTED_RECORDS)
          .map(entry)
          .map(([key, code, text]) => (
            <li key={key}>
              <code>{code}</code>: {text}
            </li>
          ))}
      </ul>
      {items.length > LISTED_RECORDS && (
        <p>{t('moreIssues', { count: items.length - LISTED_RECORDS })}</p>
      )}
      {children}
    </div>
  );
}

/** Stored records that are not valid follow-ups: counted, each with its reason, downloadable. */
function InvalidRecords({ records }: { records: readonly InvalidRecord[] }) {
  const t = useT(trackingMessages);
  return (
    <RecordsNotice
      testId="invalid-records"
      intro={t('invalidStored', { count: records.length })}
      items={records}
      entry={(record) => [record.key, record.key, record.reason]}
    >
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          downloadText(
            `${JSON.stringify(records.map((record) => record.value))}\n`,
            `zz-tracker-invalid-records-${todayIso()}.json`,
            'application/json',
          )
        }
      >
        {t('downloadInvalid')}
      </button>
    </RecordsNotice>
  );
}

/** Follow-ups whose target the dataset in view lacks: kept and exported, and listed here. */
function OrphanFollowUps({ followUps }: { followUps: readonly FollowUp[] }) {
  const t = useT(trackingMessages);
  const labels = useRecordLabels();
  const { lang } = useLang();
  const describe = (followUp: FollowUp) =>
    t('orphanItem', {
      date: formatDate(followUp.date, lang),
      status: labels.status(followUp.status),
    });
  return (
    <RecordsNotice
      testId="orphan-follow-ups"
      intro={t('orphans', { count: followUps.length })}
      items={followUps}
      entry={(followUp) => [followUp.id, followUp.targetId, describe(followUp)]}
    />
  );
}
