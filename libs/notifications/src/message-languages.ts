import { NotificationKind } from './notification.enums';

/** The languages patron messages, slips and pages exist in; the first is the default. */
export const MESSAGE_LANGUAGES = ['en', 'es'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: MessageLanguage = MESSAGE_LANGUAGES[0];

/** What patrons are told about their registration and session, by e-mail or by text. */
const ABOUT_A_REGISTRATION = [
  NotificationKind.REGISTRATION_CONFIRMED,
  NotificationKind.REGISTRATION_WAITLISTED,
  NotificationKind.WAITLIST_PROMOTED,
  NotificationKind.REGISTRATION_CANCELLED,
  NotificationKind.SESSION_REMINDER,
  NotificationKind.SESSION_RESCHEDULED,
  NotificationKind.SESSION_CANCELLED,
];

/** The messages patrons receive: each exists in every message language. Staff and agency messages are English only. */
export const PATRON_KINDS: ReadonlySet<NotificationKind> = new Set([
  ...ABOUT_A_REGISTRATION,
  NotificationKind.FOLLOW_UP,
  NotificationKind.SMS_KEYWORD_REPLY,
]);

/** The messages that also go by text message (follow-up resources stay e-mail only), and the keyword replies. */
export const SMS_KINDS: ReadonlySet<NotificationKind> = new Set([...ABOUT_A_REGISTRATION, NotificationKind.SMS_KEYWORD_REPLY]);

/** Kinds that exist only as texts: no e-mail templates. */
const TEXT_ONLY_KINDS: ReadonlySet<NotificationKind> = new Set([NotificationKind.SMS_KEYWORD_REPLY]);
export const isTextOnly = (kind: NotificationKind): boolean => TEXT_ONLY_KINDS.has(kind);

const isMessageLanguage = (tag: string): tag is MessageLanguage => (MESSAGE_LANGUAGES as readonly string[]).includes(tag);

/**
 * The message language a BCP-47 tag asks for, matched by lookup (es-MX → es, zh-Hant-TW → zh-Hant
 * → zh), or null when it is not a well-formed tag or none of ours. Intl.Locale parses the tag.
 */
export function matchLanguage(tag: string): MessageLanguage | null {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return null;
  }
  const subtags = locale.baseName.toLowerCase().split('-');
  for (let n = subtags.length; n > 0; n--) {
    const candidate = subtags.slice(0, n).join('-');
    if (isMessageLanguage(candidate)) return candidate;
  }
  return null;
}

/** The language of a message's params (written by the outbox), English when it has none (staff messages, older rows). */
export const languageOf = (params: Record<string, unknown>): MessageLanguage =>
  typeof params.language === 'string' && isMessageLanguage(params.language) ? params.language : DEFAULT_LANGUAGE;
