import type { MessageLanguage } from './message-languages';

export type Keyword = 'STOP' | 'START' | 'HELP';

/**
 * The words a phone may text to stop, resume or ask for help (US carriers' rules: any reasonable
 * way of saying stop counts), with the language a Spanish word tells us.
 */
const KEYWORDS: Record<string, { keyword: Keyword; language: MessageLanguage | null }> = {
  STOP: { keyword: 'STOP', language: null },
  STOPALL: { keyword: 'STOP', language: null },
  UNSUBSCRIBE: { keyword: 'STOP', language: null },
  CANCEL: { keyword: 'STOP', language: null },
  END: { keyword: 'STOP', language: null },
  QUIT: { keyword: 'STOP', language: null },
  REVOKE: { keyword: 'STOP', language: null },
  'OPT OUT': { keyword: 'STOP', language: null },
  OPTOUT: { keyword: 'STOP', language: null },
  PARAR: { keyword: 'STOP', language: 'es' },
  ALTO: { keyword: 'STOP', language: 'es' },
  CANCELAR: { keyword: 'STOP', language: 'es' },
  START: { keyword: 'START', language: null },
  UNSTOP: { keyword: 'START', language: null },
  HELP: { keyword: 'HELP', language: null },
  AYUDA: { keyword: 'HELP', language: 'es' },
};

/** The keyword a text is, ignoring case, spaces and punctuation around it ("Stop.", " opt-out "); null for anything else. */
export function keywordOf(text: string): { keyword: Keyword; language: MessageLanguage | null } | null {
  const word = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\s-]/gu, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
  return KEYWORDS[word] ?? null;
}
