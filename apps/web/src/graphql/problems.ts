import { useMemo } from 'react';
import { useI18n, type Translate } from '../i18n';
import type { CombinedError } from 'urql';

/** A conflict as the API reports it (extensions.conflicts), shaped like BookingConflict. */
export interface Conflict {
  reason: string;
  message?: string;
  startsAt?: string;
  endsAt?: string;
  roomId?: string | null;
  /** The booking in the way, for OVERLAPS_BOOKING. */
  conflictingBookingId?: string | null;
  sessionId?: string | null;
}

/** What went wrong, in words a person can act on: a summary, and a message per field. */
export interface Problem {
  code: string;
  summary: string;
  /** By the field's name inside the input (`email`, `sessions.0.startsAt`): shown beside it. */
  fields: Record<string, string>;
  conflicts: Conflict[];
  retryAfterSeconds?: number;
}

/** The API's words for a field, and ours (translated); anything else becomes "check this answer". */
const FIELD_MESSAGES: Array<[RegExp, string]> = [
  [/must not be blank|should not be empty/i, 'problems.field.blank'],
  [/e-mail address/i, 'problems.field.email'],
  [/is already in use/i, 'problems.field.inUse'],
  [/is already registered/i, 'problems.field.alreadyRegistered'],
  [/longer than or equal|shorter than or equal|at most \d+ characters/i, 'problems.field.tooLong'],
  [/control characters/i, 'problems.field.characters'],
  [/must be after/i, 'problems.field.after'],
  [/not a valid id|is not a cursor/i, 'problems.field.generic'],
  [/more than the session's/i, 'problems.field.partyTooLarge'],
  [/RRULE/i, 'problems.field.recurrence'],
  [/mobile number|landline/i, 'problems.field.mobile'],
  [/phone number/i, 'problems.field.phone'],
  [/must be true: the patron agrees/i, 'problems.field.smsConsent'],
];

export function fieldMessage(message: string, t: Translate): string {
  for (const [pattern, key] of FIELD_MESSAGES) if (pattern.test(message)) return t(key);
  return t('problems.field.generic');
}

/** `input.sessions.0.startsAt` → `sessions.0.startsAt`: the form's own names. */
const inputField = (name: string) => name.replace(/^(input|[a-z]+\.input)\./, '').replace(/^i\./, '');

/** The problem of a failed request, or null when there is none. */
export function problemOf(error: CombinedError | undefined | null, t: Translate): Problem | null {
  if (!error) return null;
  if (error.networkError && !error.graphQLErrors.length) {
    return { code: 'NETWORK', summary: t('problems.network'), fields: {}, conflicts: [] };
  }
  const first = error.graphQLErrors[0];
  const code = String(first?.extensions?.code ?? 'INTERNAL');
  const fields: Record<string, string> = {};
  for (const e of error.graphQLErrors) {
    const given = e.extensions?.fields as Record<string, string> | undefined;
    for (const [name, message] of Object.entries(given ?? {})) fields[inputField(name)] = fieldMessage(message, t);
  }
  const conflicts = error.graphQLErrors.flatMap((e) => (e.extensions?.conflicts as Conflict[] | undefined) ?? []);
  const retryAfterSeconds = first?.extensions?.retryAfterSeconds as number | undefined;
  const known = [
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'BAD_USER_INPUT',
    'CONFLICT',
    'INVALID_STATE',
    'ALREADY_REGISTERED',
    'REGISTRATION_CLOSED',
    'RATE_LIMITED',
    'GRAPHQL_VALIDATION_FAILED',
    'GRAPHQL_PARSE_FAILED',
  ];
  const summary = known.includes(code)
    ? t(`problems.code.${code}`, { count: retryAfterSeconds ?? 60, seconds: retryAfterSeconds ?? 60 })
    : t('problems.code.INTERNAL');
  return { code, summary, fields, conflicts, retryAfterSeconds };
}

/**
 * The problem of a failed request, the same object until the request fails anew: a form's error
 * summary takes the focus when its problem changes, not each time the form renders (as it would
 * with a new object per render, pulling the focus away from a field being typed in).
 */
export function useProblem(error: CombinedError | undefined | null): Problem | null {
  const { t } = useI18n();
  return useMemo(() => problemOf(error, t), [error, t]);
}
