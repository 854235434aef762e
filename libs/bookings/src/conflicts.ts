import { DateTime } from 'luxon';
import type { ConflictDetail } from '@app/errors';
import type { Branch, Room } from '@app/places';
import { ConflictReason } from './booking.enums';

/** "Mon 3 May 2027, 18:00" on the branch's clock. */
export const localLabel = (instant: Date, zone: string): string =>
  DateTime.fromJSDate(instant, { zone }).setLocale('en-GB').toFormat('ccc d LLL yyyy, HH:mm');

export function conflict(
  reason: ConflictReason,
  at: { roomId: string | null; startsAt: Date; endsAt: Date; sessionId: string | null },
  message: string,
  conflictingBookingId: string | null = null,
): ConflictDetail {
  return { reason, roomId: at.roomId, startsAt: at.startsAt, endsAt: at.endsAt, sessionId: at.sessionId, conflictingBookingId, message };
}

export const roomLabel = (room: Room, branch: Branch | undefined): string => (branch ? `${room.name} (${branch.name})` : room.name);
