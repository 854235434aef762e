import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf } from '@app/database';

/** One session's figures, as the reports read them. */
export interface SessionFigures {
  id: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  branchId: string;
  agencyId: string;
  tags: string[];
  seatsTaken: number;
  waitlistedSeats: number;
  checkedInSeats: number;
  walkInCount: number;
}

/**
 * The reports' read model: sessions with their workshop and seat ledger, read in one query by
 * table name (it writes nothing; the owning libraries' writes are what it reads).
 */
@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Scheduled and cancelled sessions of public workshops starting in [from, until). */
  async sessions(from: Date, until: Date, filter: { branchId?: string; agencyId?: string }): Promise<SessionFigures[]> {
    const qb = managerOf(this.dataSource)
      .createQueryBuilder()
      .select([
        's.id AS id',
        's.status AS status',
        's.starts_at AS startsAt',
        's.ends_at AS endsAt',
        's.branch_id AS branchId',
        'w.agency_id AS agencyId',
        'w.tags AS tags',
        'COALESCE(l.seats_taken, 0) AS seatsTaken',
        'COALESCE(l.waitlisted_seats, 0) AS waitlistedSeats',
        'COALESCE(l.checked_in_seats, 0) AS checkedInSeats',
        'COALESCE(l.walk_in_count, 0) AS walkInCount',
      ])
      .from('session', 's')
      .innerJoin('workshop', 'w', 'w.id = s.workshop_id')
      .leftJoin('session_seats', 'l', 'l.session_id = s.id')
      .where("s.status IN ('SCHEDULED', 'CANCELLED')")
      .andWhere("w.status IN ('APPROVED', 'CANCELLED')")
      .andWhere('s.starts_at >= :from AND s.starts_at < :until', { from, until });
    if (filter.branchId) qb.andWhere('s.branch_id = :branchId', { branchId: filter.branchId });
    if (filter.agencyId) qb.andWhere('w.agency_id = :agencyId', { agencyId: filter.agencyId });
    const rows: Array<Record<string, unknown>> = await qb.getRawMany();
    return rows.map((r) => ({
      id: String(r.id),
      status: String(r.status),
      startsAt: new Date(r.startsAt as Date),
      endsAt: new Date(r.endsAt as Date),
      branchId: String(r.branchId),
      agencyId: String(r.agencyId),
      tags: typeof r.tags === 'string' ? (JSON.parse(r.tags) as string[]) : ((r.tags as string[]) ?? []),
      seatsTaken: Number(r.seatsTaken),
      waitlistedSeats: Number(r.waitlistedSeats),
      checkedInSeats: Number(r.checkedInSeats),
      walkInCount: Number(r.walkInCount),
    }));
  }
}
