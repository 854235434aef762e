import { NotificationChannel, SMS_KINDS, type NotificationKind, type NotificationParams, type OutgoingMessage } from '@app/notifications';
import { ContactChannel } from './registration.enums';
import type { RegistrationEntity } from './registration.entity';

type Addressee = Pick<RegistrationEntity, 'id' | 'email' | 'phone' | 'sessionId' | 'partySize' | 'contactChannel' | 'language'>;

/**
 * Where a message of this kind to the registration's patron goes: their address (EMAIL), or their
 * number for the kinds that go by text (SMS); null for NONE registrations, purged ones, and kinds
 * a texting patron does not get (follow-up resources are e-mail only).
 */
export function addressOf(
  registration: Pick<RegistrationEntity, 'email' | 'phone' | 'contactChannel'>,
  kind: NotificationKind,
): { channel: NotificationChannel; recipient: string } | null {
  if (registration.contactChannel === ContactChannel.EMAIL && registration.email)
    return { channel: NotificationChannel.EMAIL, recipient: registration.email };
  if (registration.contactChannel === ContactChannel.SMS && registration.phone && SMS_KINDS.has(kind))
    return { channel: NotificationChannel.SMS, recipient: registration.phone };
  return null;
}

/** One registration's message of a kind, on its channel and in its patron's language; null when it has none. */
export function patronMessage(
  kind: NotificationKind,
  registration: Addressee,
  params: NotificationParams,
  dedupeKey: string,
): OutgoingMessage | null {
  const address = addressOf(registration, kind);
  if (!address) return null;
  return {
    kind,
    ...address,
    sessionId: registration.sessionId,
    registrationId: registration.id,
    params: { ...params, partySize: registration.partySize, language: registration.language },
    dedupeKey,
  };
}

/**
 * The messages to the registrations' patrons about `event`, one each, leaving out those the
 * library does not write to (NONE registrations keep their printed slip). The dedupe key names
 * the registration and the event, so the same change never sends twice (a retried transaction
 * writes the same row).
 */
export function patronMessages(
  kind: NotificationKind,
  registrations: readonly Addressee[],
  params: NotificationParams,
  event: string,
): OutgoingMessage[] {
  return registrations.flatMap((r) => patronMessage(kind, r, params, `registration:${r.id}:${event}`) ?? []);
}
