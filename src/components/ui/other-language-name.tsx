import { useLang } from '@/lib/i18n';

/** A record's name in the language the interface is not in, marked with that language. */
export function OtherLanguageName({ zh, en }: { zh: string; en: string }) {
  const { lang } = useLang();
  return lang === 'zh' ? <span lang="en">{en}</span> : <span lang="zh-CN">{zh}</span>;
}
