import type { SessionFigures } from './report.repository';

export enum ReportGrouping {
  AGENCY = 'AGENCY',
  TAG = 'TAG',
  BRANCH = 'BRANCH',
}

export interface ReportRow {
  key: string;
  id: string | null;
  sessions: number;
  cancelledSessions: number;
  confirmedSeats: number;
  waitlistedSeats: number;
  checkedInSeats: number;
  walkIns: number;
  attendanceRate: number | null;
}

/**
 * Adds up sessions: scheduled and completed ones count their seats, cancelled ones only their
 * number; the attendance rate is checked-in over confirmed seats of completed sessions.
 */
export function summarize(key: string, id: string | null, sessions: readonly SessionFigures[], now: Date): ReportRow {
  const held = sessions.filter((s) => s.status === 'SCHEDULED');
  const completed = held.filter((s) => s.endsAt.getTime() <= now.getTime());
  const sum = (list: readonly SessionFigures[], pick: (s: SessionFigures) => number) => list.reduce((n, s) => n + pick(s), 0);
  const completedConfirmed = sum(completed, (s) => s.seatsTaken);
  return {
    key,
    id,
    sessions: held.length,
    cancelledSessions: sessions.length - held.length,
    confirmedSeats: sum(held, (s) => s.seatsTaken),
    waitlistedSeats: sum(held, (s) => s.waitlistedSeats),
    checkedInSeats: sum(held, (s) => s.checkedInSeats),
    walkIns: sum(held, (s) => s.walkInCount),
    attendanceRate:
      completedConfirmed > 0 ? Math.round((sum(completed, (s) => s.checkedInSeats) / completedConfirmed) * 1000) / 1000 : null,
  };
}
