import { i18n, type Messages as Catalog } from '@lingui/core';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { useLingui } from '@lingui/react';
import { useCallback } from 'react';

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

/**
 * The app's words come in parts, each part and language a chunk of its own: a reader downloads
 * only the language they read, and a patron never the partner agencies' words. Both languages
 * have every key (es.ts is typed by en.ts, es-partner.ts by en-partner.ts). The words are ICU
 * messages (`{name}`, `{count, plural, one {…} other {…}}`), which Lingui formats.
 */
type Part = 'common' | 'partner' | 'desk' | 'coordinator';
type Words = { [key: string]: string | Words };
const parts: Record<Part, Record<Language, () => Promise<Words>>> = {
  common: { en: () => import('./en').then((m) => m.en), es: () => import('./es').then((m) => m.es) },
  partner: { en: () => import('./en-partner').then((m) => m.enPartner), es: () => import('./es-partner').then((m) => m.esPartner) },
  // Staff pages are in English whatever the app's language (their words still come through here).
  desk: { en: () => import('./en-desk').then((m) => m.enDesk), es: () => import('./en-desk').then((m) => m.enDesk) },
  coordinator: {
    en: () => import('./en-coordinator').then((m) => m.enCoordinator),
    es: () => import('./en-coordinator').then((m) => m.enCoordinator),
  },
};

/** `catalog.title` for `{ catalog: { title } }`, each message compiled once (a malformed one throws here, not in a page). */
export function catalogOf(words: Words, prefix = '', into: Catalog = {}): Catalog {
  for (const [key, value] of Object.entries(words)) {
    if (typeof value === 'string') into[prefix + key] = compileMessageOrThrow(value);
    else catalogOf(value, `${prefix}${key}.`, into);
  }
  return into;
}

const loaded = new Set<Part>();
async function load(part: Part, language: Language): Promise<void> {
  i18n.load(language, catalogOf(await parts[part][language]()));
}

const STORED = 'commonroom.language';

/** The reader's language: the one they chose here before, else the browser's first we have, else English. */
function initialLanguage(): Language {
  const stored = localStorage.getItem(STORED);
  if (stored === 'en' || stored === 'es') return stored;
  for (const tag of navigator.languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en' || base === 'es') return base;
  }
  return 'en';
}

const languageOf = (locale: string): Language => (locale === 'es' ? 'es' : 'en');

/** Starts with the reader's language and the common words. */
export async function startI18n(): Promise<void> {
  const language = initialLanguage();
  await load('common', language);
  loaded.add('common');
  i18n.activate(language);
  document.documentElement.lang = language;
}

/** A part of the app's words, in the language shown now (and in any language switched to later). */
export async function loadWords(part: Part): Promise<void> {
  if (loaded.has(part)) return;
  // Counted as in use before it arrives: a switch of language meanwhile loads it in the new one too.
  loaded.add(part);
  try {
    await load(part, languageOf(i18n.locale));
  } catch (error) {
    loaded.delete(part);
    throw error;
  }
}

/** The switch: loads every part in use in the new language, then shows every page in it and remembers the choice. */
export async function switchLanguage(language: Language): Promise<void> {
  await Promise.all([...loaded].map((part) => load(part, language)));
  i18n.activate(language);
  document.documentElement.lang = language;
  localStorage.setItem(STORED, language);
}

/** Words by key, with values for their placeholders (`count` chooses the plural). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The words of a page and the language they are in; the page renders again when the reader switches. */
export function useI18n(): { t: Translate; language: Language } {
  // Lingui gives a new `_` whenever the words or the language change, so a page memoizing on `t` is redone.
  const { i18n: active, _ } = useLingui();
  const t = useCallback<Translate>((key, values) => _(key, values), [_]);
  return { t, language: languageOf(active.locale) };
}

export { i18n };
