import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import { Clock } from '@app/clock';
import { AppConfig, SecretKeys } from '@app/config';
import { badInput, forbidden, notFound, unauthenticated } from '@app/errors';
import { isCoordinatorPlusOrMemberOf, type Viewer } from '@app/identity';
import { PartnersService } from '@app/partners';
import { PlacesService } from '@app/places';
import { ReportGrouping, summarize, type ReportRow } from './report';
import { ReportRepository, type SessionFigures } from './report.repository';

export interface ReportQuery {
  from: string;
  to: string;
  groupBy: ReportGrouping;
  branchId?: string | null;
  agencyId?: string | null;
}

export interface ProgramReport {
  from: string;
  to: string;
  groupedBy: ReportGrouping;
  rows: ReportRow[];
  totals: ReportRow;
  csvUrl: string;
}

const LINK_MINUTES = 10;
const MAX_DAYS = 3 * 366;

/** Programme outcomes by agency, tag or branch, and the same as CSV behind a short-lived signed link. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly places: PlacesService,
    private readonly partners: PartnersService,
    private readonly keys: SecretKeys,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** COORDINATOR+ (checked by the caller). */
  program(query: ReportQuery): Promise<ProgramReport> {
    return this.build({ ...query, agencyId: null });
  }

  /** The agency's members, and COORDINATOR+. */
  async agency(viewer: Viewer, agencyId: string, from: string, to: string): Promise<ProgramReport> {
    if (!isCoordinatorPlusOrMemberOf(viewer, agencyId)) throw forbidden();
    if (!(await this.partners.findById(agencyId))) throw notFound('Agency');
    return this.build({ from, to, groupBy: ReportGrouping.AGENCY, agencyId });
  }

  private async build(query: ReportQuery): Promise<ProgramReport> {
    if (query.to < query.from) throw badInput('to', 'must not be before from');
    const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
    if (days > MAX_DAYS) throw badInput('to', `a report covers at most ${MAX_DAYS} days`);
    if (query.branchId && !(await this.places.findBranch(query.branchId))) throw notFound('Branch');
    const sessions = await this.sessionsIn(query);
    const now = this.clock.now();
    const groups = new Map<string, { id: string | null; sessions: SessionFigures[] }>();
    const add = (key: string, id: string | null, session: SessionFigures) => {
      const group = groups.get(`${id ?? ''}:${key}`) ?? { id, sessions: [] };
      group.sessions.push(session);
      groups.set(`${id ?? ''}:${key}`, group);
    };
    const names = await this.names(sessions, query.groupBy);
    for (const session of sessions) {
      if (query.groupBy === ReportGrouping.TAG)
        for (const tag of session.tags.length ? session.tags : ['(untagged)']) add(tag, null, session);
      else if (query.groupBy === ReportGrouping.BRANCH) add(names.get(session.branchId) ?? session.branchId, session.branchId, session);
      else add(names.get(session.agencyId) ?? session.agencyId, session.agencyId, session);
    }
    const rows = [...groups.entries()]
      .map(([compound, group]) => summarize(compound.slice(compound.indexOf(':') + 1), group.id, group.sessions, now))
      .sort((a, b) => a.key.localeCompare(b.key));
    return {
      from: query.from,
      to: query.to,
      groupedBy: query.groupBy,
      rows,
      totals: summarize('total', null, sessions, now),
      csvUrl: this.signedCsvUrl(query),
    };
  }

  /** Sessions whose local start day (in their branch's zone) falls in [from, to]. */
  private async sessionsIn(query: ReportQuery): Promise<SessionFigures[]> {
    const margin = 86_400_000;
    const candidates = await this.reports.sessions(new Date(Date.parse(query.from) - margin), new Date(Date.parse(query.to) + 2 * margin), {
      branchId: query.branchId ?? undefined,
      agencyId: query.agencyId ?? undefined,
    });
    const zones = new Map(
      (await this.places.findBranchesByIds([...new Set(candidates.map((s) => s.branchId))])).map((b) => [b.id, b.timeZone]),
    );
    return candidates.filter((s) => {
      const day = DateTime.fromJSDate(s.startsAt, { zone: zones.get(s.branchId) ?? 'UTC' }).toISODate() as string;
      return day >= query.from && day <= query.to;
    });
  }

  private async names(sessions: SessionFigures[], grouping: ReportGrouping): Promise<Map<string, string>> {
    if (grouping === ReportGrouping.BRANCH)
      return new Map((await this.places.findBranchesByIds([...new Set(sessions.map((s) => s.branchId))])).map((b) => [b.id, b.name]));
    if (grouping === ReportGrouping.AGENCY)
      return new Map((await this.partners.findByIds([...new Set(sessions.map((s) => s.agencyId))])).map((a) => [a.id, a.name]));
    return new Map();
  }

  // ——— CSV behind a signed link ———

  private canonical(query: ReportQuery, expires: number): string {
    const params = new URLSearchParams({ from: query.from, to: query.to, groupBy: query.groupBy });
    if (query.branchId) params.set('branchId', query.branchId);
    if (query.agencyId) params.set('agencyId', query.agencyId);
    params.set('expires', String(expires));
    return params.toString();
  }

  private signedCsvUrl(query: ReportQuery): string {
    const expires = this.clock.now().getTime() + LINK_MINUTES * 60_000;
    const canonical = this.canonical(query, expires);
    return `${this.config.publicUrl}/reports/report.csv?${canonical}&signature=${this.keys.sign('signed-link', canonical)}`;
  }

  /** The CSV for a link made by `signedCsvUrl`; an altered or expired link is refused. */
  async csv(params: Record<string, string | undefined>): Promise<string> {
    const expires = Number(params.expires);
    const query: ReportQuery = {
      from: params.from ?? '',
      to: params.to ?? '',
      groupBy: (params.groupBy as ReportGrouping) ?? ReportGrouping.AGENCY,
      branchId: params.branchId ?? null,
      agencyId: params.agencyId ?? null,
    };
    const valid = Number.isFinite(expires) && params.signature === this.keys.sign('signed-link', this.canonical(query, expires));
    if (!valid) throw unauthenticated('This report link is not valid');
    if (expires < this.clock.now().getTime()) throw unauthenticated('This report link has expired; open the report again');
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(query.from) ||
      !/^\d{4}-\d{2}-\d{2}$/.test(query.to) ||
      !Object.values(ReportGrouping).includes(query.groupBy)
    ) {
      throw badInput('link', 'is malformed');
    }
    const report = await this.build(query);
    const columns = [
      'key',
      'id',
      'sessions',
      'cancelledSessions',
      'confirmedSeats',
      'waitlistedSeats',
      'checkedInSeats',
      'walkIns',
      'attendanceRate',
    ] as const;
    const line = (row: ReportRow) => columns.map((c) => row[c] ?? '');
    return stringify([columns as unknown as string[], ...report.rows.map(line), line(report.totals)]);
  }
}
