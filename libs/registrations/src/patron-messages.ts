import type { NotificationKind, NotificationParams, OutgoingMessage } from '@app/notifications';
import type { RegistrationEntity } from './registration.entity';

/**
 * A message to a registration's patron about `event`. The dedupe key names the registration and
 * the event, so the same change never sends twice (a retried transaction writes the same row).
 */
export function patronMessage(
  kind: NotificationKind,
  registration: Pick<RegistrationEntity, 'id' | 'email' | 'sessionId' | 'partySize'>,
  params: NotificationParams,
  event: string,
): OutgoingMessage {
  return {
    kind,
    recipient: registration.email as string,
    sessionId: registration.sessionId,
    registrationId: registration.id,
    params: { ...params, partySize: registration.partySize },
    dedupeKey: `registration:${registration.id}:${event}`,
  };
}
