import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

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

/** The language a link names (`?lang=en`), or null when it names none it knows. */
export function langInUrl(search: string): Lang | null {
  const value = new URLSearchParams(search).get(LANG_PARAM);
  return isLang(value) ? value : null;
}

/** The reader's stored choice, Chinese when there is none: the dashboard is Chinese first. */
export function storedLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // storage can be blocked (privacy mode); fall through
  }
  return 'zh';
}

function storeLang(lang: Lang) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // storage can be blocked (privacy mode); the link still says the language
  }
}

/** `search` with the parameter that says `lang` (none for Chinese), the rest as it was. */
export function searchWithLang(search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  const wanted = langParamFor(lang);
  if (wanted) params.set(LANG_PARAM, wanted);
  else params.delete(LANG_PARAM);
  return params.size ? `?${params}` : '';
}

type LangContextValue = { lang: Lang; setLang: (lang: Lang) => void };
const LangContext = createContext<LangContextValue | null>(null);

/**
 * The language comes from the address: `?lang=en` is English, and a link without the parameter
 * reads in the reader's stored choice (`fallback`, else Chinese). A language named by the link
 * the reader arrived with is remembered for the next visit. Switching language is a navigation:
 * a new history entry with the new parameter (back returns to the other language), so the
 * address always says what the page shows. Inside the router.
 */
export function LangProvider({ children, fallback }: { children: ReactNode; fallback?: Lang }) {
  const location = useLocation();
  const navigate = useNavigate();
  const [stored, setStored] = useState<Lang>(() => {
    const arrivedWith = langInUrl(location.search);
    if (arrivedWith) storeLang(arrivedWith);
    return fallback ?? arrivedWith ?? storedLang();
  });
  const lang = langInUrl(location.search) ?? stored;

  useEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
  }, [lang]);

  // The switch reads the location at the click, so it keeps its identity (and every reader of
  // the language stays as it is) while the filters change the address.
  const current = useRef(location);
  useLayoutEffect(() => {
    current.current = location;
  }, [location]);
  const setLang = useCallback(
    (next: Lang) => {
      storeLang(next);
      setStored(next);
      const { pathname, search, hash, state } = current.current;
      navigate(
        { pathname, search: searchWithLang(search, next), hash },
        { state: state as unknown, preventScrollReset: true },
      );
    },
    [navigate],
  );

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
