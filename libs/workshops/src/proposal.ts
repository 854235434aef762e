import { badInput } from '@app/errors';
import type { Branch, Room } from '@app/places';
import { expandRecurrence, MAX_OCCURRENCES } from './recurrence';

export interface SessionRequestInput {
  startsAt: Date;
  endsAt: Date;
  branchId: string;
  roomId?: string | null;
  recurrence?: string | null;
}

export interface ExpandedSession {
  requestIndex: number;
  branchId: string;
  roomId: string | null;
  startsAt: Date;
  endsAt: Date;
}

export interface ProposalContext {
  branches: Map<string, Branch>;
  rooms: Map<string, Room>;
  now: Date;
  /** The workshop's seats and needs, to check preferred rooms against. */
  capacity: number;
  requiredFeatures: readonly string[];
}

const MAX_SESSION_MS = 24 * 60 * 60 * 1000;
const MAX_AHEAD_MS = 2 * 366 * 24 * 60 * 60 * 1000;

/**
 * Checks each requested session (times, branch, preferred room) and expands its recurrence in the
 * branch's time zone. Field paths are relative to `field` (e.g. `input.sessions`).
 */
export function expandRequests(requests: readonly SessionRequestInput[], context: ProposalContext, field: string): ExpandedSession[] {
  if (requests.length === 0) throw badInput(field, 'at least one session is needed');
  const sessions: ExpandedSession[] = [];
  requests.forEach((request, index) => {
    const at = `${field}.${index}`;
    const branch = context.branches.get(request.branchId);
    if (!branch) throw badInput(`${at}.branchId`, 'is not a branch');
    if (request.endsAt.getTime() <= request.startsAt.getTime()) throw badInput(`${at}.endsAt`, 'must be after startsAt');
    if (request.endsAt.getTime() - request.startsAt.getTime() > MAX_SESSION_MS)
      throw badInput(`${at}.endsAt`, 'a session lasts at most 24 hours');
    if (request.roomId) {
      const room = context.rooms.get(request.roomId);
      if (!room) throw badInput(`${at}.roomId`, 'is not a room');
      if (room.branchId !== branch.id) throw badInput(`${at}.roomId`, `is not a room of ${branch.name}`);
      if (room.capacity < context.capacity) {
        throw badInput('input.capacity', `is more than ${room.name} holds (${room.capacity}); choose another room or fewer seats`);
      }
      const missing = context.requiredFeatures.filter((f) => !room.features.includes(f as never));
      if (missing.length) throw badInput(`${at}.roomId`, `${room.name} lacks ${missing.join(', ')}`);
    }
    for (const occurrence of expandRecurrence(
      { startsAt: request.startsAt, endsAt: request.endsAt },
      request.recurrence,
      branch.timeZone,
      `${at}.recurrence`,
    )) {
      if (occurrence.startsAt.getTime() <= context.now.getTime()) throw badInput(`${at}.startsAt`, 'sessions must be in the future');
      if (occurrence.startsAt.getTime() - context.now.getTime() > MAX_AHEAD_MS)
        throw badInput(`${at}.startsAt`, 'sessions can be planned at most two years ahead');
      sessions.push({ requestIndex: index, branchId: branch.id, roomId: request.roomId ?? null, ...occurrence });
    }
  });
  if (sessions.length > MAX_OCCURRENCES) throw badInput(field, `a workshop has at most ${MAX_OCCURRENCES} sessions`);
  return sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
