import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

/**
 * One i18n mechanism for all UI text. Catalogs live beside the feature that uses them
 * (`defineMessages`), so a feature's strings ship with its code; the type makes the
 * English catalog carry exactly the keys of the Chinese one.
 */
export const LANGUAGES = ['zh', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
/** Intl locale for numbers and dates. */
export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

const STORAGE_KEY = 'zz-tracker.lang';
/**
 * The language in a link: `?lang=en` while the UI is English, so a link the reader copies or
 * shares opens in English. Chinese, the default, needs no parameter.
 */
export const LANG_PARAM = 'lang';

/** The value of `?lang=` a link should carry for a UI in `lang`: none for Chinese. */
export const langParamFor = (lang: Lang): string | null => (lang === 'zh' ? null : lang);

type Params = Record<string, string | number>;
type Message = string | ((params: Params) => string);
export type Catalog<K extends string = string> = Record<K, Message>;
export type Messages<K extends string> = { zh: Catalog<K>; en: Catalog<K> };

export function defineMessages<K extends string>(messages: {
  zh: Catalog<K>;
  en: NoInfer<Catalog<K>>;
}) {
  return messages;
}

/** `{name}` placeholders are filled from params; functions get the params directly. */
export function translate<K extends string>(
  catalog: Catalog<K>,
  key: K,
  params: Params = {},
): string {
  const message = catalog[key];
  if (typeof message === 'function') return message(params);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * `?lang=en` in a shared link wins (and is remembered), then the reader's stored choice,
 * then Chinese: the dashboard is Chinese first whatever the browser's language.
 */
export function initialLang(search: string = globalThis.location?.search ?? ''): Lang {
  const fromUrl = new URLSearchParams(search).get(LANG_PARAM);
  if (isLang(fromUrl)) {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // storage can be blocked (privacy mode); the link still decides this visit
    }
    return fromUrl;
  }
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // storage can be blocked (privacy mode); fall through
  }
  return 'zh';
}

type LangContextValue = { lang: Lang; setLang: (lang: Lang) => void };
const LangContext = createContext<LangContextValue | null>(null);

export function LangProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? initialLang());

  useEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // the choice still holds for this visit
    }
  }, []);

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangContextValue {
  const value = useContext(LangContext);
  if (!value) throw new Error('useLang must be used inside <LangProvider>');
  return value;
}

/** `const t = useT(messages); t('title')` */
export function useT<K extends string>(messages: Messages<K>) {
  const { lang } = useLang();
  return useCallback(
    (key: K, params?: Params) => translate(messages[lang], key, params),
    [messages, lang],
  );
}

/** Picks the field of a record in the current language: `pick(lang, p.nameZh, p.nameEn)`. */
export function pick(lang: Lang, zh: string, en: string | undefined | null): string {
  return lang === 'en' && en ? en : zh;
}
