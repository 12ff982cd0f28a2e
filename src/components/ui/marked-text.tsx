import { useLang } from '@/lib/i18n';
import { scriptRuns } from '@/lib/script-runs';

/**
 * Text of the English interface that may quote Chinese (a dataset's English note, a term's
 * original in brackets, a query): each Chinese run marked `lang="zh-CN"`. The Chinese
 * interface shows the text as it is.
 */
export function MarkedText({ text }: { text: string }) {
  const { lang } = useLang();
  if (lang !== 'en') return text;
  const runs = scriptRuns(text);
  if (runs.every((run) => !run.chinese)) return text;
  return runs.map((run, index) =>
    run.chinese ? (
      <span key={index} lang="zh-CN">
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}
