import type { NotificationKind, NotificationParams, OutgoingMessage } from '@app/notifications';
import { ContactChannel } from './registration.enums';
import type { RegistrationEntity } from './registration.entity';

type Addressee = Pick<RegistrationEntity, 'id' | 'email' | 'sessionId' | 'partySize' | 'contactChannel' | 'language'>;

/** Whether the library reaches this registration's patron by message: not a NONE registration, nor a purged one. */
export const isReachable = (registration: Pick<RegistrationEntity, 'email' | 'contactChannel'>): boolean =>
  registration.contactChannel === ContactChannel.EMAIL && !!registration.email;

/**
 * The messages to the registrations' patrons about `event`, one each, leaving out those the
 * library does not write to (NONE registrations keep their printed slip), each in its patron's
 * language. The dedupe key names the registration and the event, so the same change never sends
 * twice (a retried transaction writes the same row).
 */
export function patronMessages(
  kind: NotificationKind,
  registrations: readonly Addressee[],
  params: NotificationParams,
  event: string,
): OutgoingMessage[] {
  return registrations.filter(isReachable).map((registration) => ({
    kind,
    recipient: registration.email as string,
    sessionId: registration.sessionId,
    registrationId: registration.id,
    params: { ...params, partySize: registration.partySize, language: registration.language },
    dedupeKey: `registration:${registration.id}:${event}`,
  }));
}
