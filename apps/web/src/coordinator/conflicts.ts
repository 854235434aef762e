import type { Conflict } from '../graphql/problems';

interface Placed {
  id: string;
  startsAt: string;
  endsAt: string;
}

/**
 * Conflicts by the session of ours they stand in the way of. A conflict names our session, or (for
 * a booking in the way) the other booking's session with our session's times: those go by times.
 */
export function conflictsBySession(conflicts: readonly Conflict[], sessions: readonly Placed[]): Map<string, Conflict[]> {
  const ours = new Set(sessions.map((s) => s.id));
  const byTimes = new Map(sessions.map((s) => [`${Date.parse(s.startsAt)}/${Date.parse(s.endsAt)}`, s.id]));
  const found = new Map<string, Conflict[]>();
  for (const c of conflicts) {
    const id =
      c.sessionId && ours.has(c.sessionId)
        ? c.sessionId
        : c.startsAt && c.endsAt
          ? byTimes.get(`${Date.parse(c.startsAt)}/${Date.parse(c.endsAt)}`)
          : undefined;
    if (id) found.set(id, [...(found.get(id) ?? []), c]);
  }
  return found;
}

/** The other session a conflict points at (the one whose booking is in the way), if it is not ours. */
export function sessionInTheWay(c: Conflict, ours: ReadonlySet<string>): string | null {
  return c.reason === 'OVERLAPS_BOOKING' && c.sessionId && !ours.has(c.sessionId) ? c.sessionId : null;
}
