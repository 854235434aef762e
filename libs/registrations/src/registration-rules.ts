import { createHash } from 'node:crypto';
import { badInput } from '@app/errors';
import { DEFAULT_LANGUAGE, MESSAGE_LANGUAGES, matchLanguage } from '@app/notifications';
import type { RegistrationEntity } from './registration.entity';
import { RegistrationStatus } from './registration.enums';

/** The small rules every way of registering shares. */

export const MAX_PARTY = 6;
/** A desk request's key answers with its first receipt for this long. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** The unique keys a second live registration of the same patron for a session runs into. */
export const LIVE_DUPLICATE_KEYS = new Set(['uq_registration_live_email', 'uq_registration_live_phone', 'uq_registration_desk_request']);

/** SHA-256 of an e-mail address or a phone number, the form kept beside it for uniqueness (and after the purge for e-mail). */
export const contactHash = (contact: string): string => createHash('sha256').update(contact).digest('hex');
/** A desk request's key is the staff user's own: hashed with their id, so keys of two users never meet. */
export const deskRequestKey = (userId: string, key: string): string => createHash('sha256').update(`${userId}:${key}`).digest('hex');

/** A party of 1 (the default) to MAX_PARTY people. */
export function checkPartySize(requested: number | null | undefined): number {
  const partySize = requested ?? 1;
  if (!Number.isInteger(partySize) || partySize < 1 || partySize > MAX_PARTY)
    throw badInput('input.partySize', `must be between 1 and ${MAX_PARTY}`);
  return partySize;
}

/** A registration cancelled now: its place, and its address's hold on the session, released. */
export function markCancelled(registration: RegistrationEntity, now: Date): void {
  Object.assign(registration, {
    status: RegistrationStatus.CANCELLED,
    cancelledAt: now,
    patronNewsAt: now,
    liveEmailHash: null,
    livePhoneHash: null,
    revision: registration.revision + 1,
    updatedAt: now,
  });
}

/**
 * The language of a registration's messages: the one asked for (matched by lookup, es-MX → es;
 * none of ours is BAD_USER_INPUT), else the first of the workshop's languages that we have, else
 * the default.
 */
export function languageFor(asked: string | null | undefined, workshopLanguages: string | readonly string[] | null): string {
  if (asked != null) {
    const matched = matchLanguage(asked.trim());
    if (!matched) throw badInput('input.language', `must be one of the message languages: ${MESSAGE_LANGUAGES.join(', ')}`);
    return matched;
  }
  const offered = typeof workshopLanguages === 'string' ? (JSON.parse(workshopLanguages) as string[]) : (workshopLanguages ?? []);
  for (const tag of offered) {
    const matched = matchLanguage(tag);
    if (matched) return matched;
  }
  return DEFAULT_LANGUAGE;
}
