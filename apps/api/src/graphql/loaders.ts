import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { notFound } from '@app/errors';
import { UsersService, type UserEntity } from '@app/identity';
import { PartnersService, type AgencyEntity } from '@app/partners';
import { PlacesService, type BranchEntity, type ClosureEntity, type RoomEntity } from '@app/places';
import { BookingsService, type RoomBookingEntity } from '@app/bookings';
import { PatronFollowUp, RegistrationsService, SeatLedger, type RegistrationEntity, type SeatCounts } from '@app/registrations';
import { SettingsService, type Settings } from '@app/settings';
import {
  SchedulingService,
  WorkshopsService,
  type ReviewEventEntity,
  type SessionEntity,
  type SessionRequestEntity,
  type WorkshopEntity,
} from '@app/workshops';

/** Orders rows as the keys asked for them; null where a key has no row. */
export function byKeys<T extends { id: string }>(keys: readonly string[], rows: T[]): Array<T | null> {
  const found = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => found.get(key) ?? null);
}

/**
 * A DataLoader that also answers without a promise for rows primed into it (read with the page
 * that needs them): a field resolver that returns the row itself spares graphql-js a promise,
 * and its `then` chain, for each of a page's objects.
 */
export class PrimableLoader<V> extends DataLoader<string, V> {
  private readonly primed = new Map<string, V>();

  override prime(key: string, value: V | PromiseLike<V> | Error): this {
    if (!(value instanceof Error) && !isPromiseLike(value)) this.primed.set(key, value);
    return super.prime(key, value);
  }

  /** The primed row, or a promise of it from the batch. */
  get(key: string): V | Promise<V> {
    return this.primed.get(key) ?? this.load(key);
  }
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === 'function';

const fromMap = <V>(keys: readonly string[], map: Map<string, V[]>): V[][] => keys.map((key) => map.get(key) ?? []);

/**
 * The request's batched loaders: every nested object of a GraphQL answer is fetched with one
 * query per kind and level, whatever the number of parents (no N+1). Made anew per request, so
 * nothing is cached across viewers.
 */
export class Loaders {
  private readonly keyed = new Map<string, DataLoader<string, unknown>>();

  readonly user: DataLoader<string, UserEntity | null>;
  readonly userBranchIds: DataLoader<string, string[]>;
  readonly agency: PrimableLoader<AgencyEntity | null>;
  readonly agencyMembers: DataLoader<string, UserEntity[]>;
  readonly branch: PrimableLoader<BranchEntity | null>;
  readonly room: PrimableLoader<RoomEntity | null>;
  readonly branchRooms: DataLoader<string, RoomEntity[]>;
  readonly workshop: PrimableLoader<WorkshopEntity | null>;
  readonly workshopSessions: DataLoader<string, SessionEntity[]>;
  readonly workshopRequests: DataLoader<string, SessionRequestEntity[]>;
  readonly workshopReviews: DataLoader<string, ReviewEventEntity[]>;
  readonly session: DataLoader<string, SessionEntity | null>;
  readonly sessionBooking: DataLoader<string, RoomBookingEntity | null>;
  readonly waitlistPosition: DataLoader<string, number | null>;
  /** Whether each registration's patron knows their news (see PatronFollowUp). */
  readonly patronNotified: DataLoader<string, boolean | null>;
  /** A session's seat ledger; null for a session never scheduled (nothing taken). */
  readonly seats: DataLoader<string, SeatCounts | null>;
  readonly registration: DataLoader<string, RegistrationEntity | null>;
  private settingsOnce: Promise<Settings> | null = null;

  constructor(private readonly services: LoaderServices) {
    const { users, partners, places, workshops, scheduling } = services;
    this.user = new DataLoader(async (ids) => byKeys(ids, await users.findByIds(ids)));
    this.userBranchIds = new DataLoader(async (ids) => fromMap(ids, await users.branchIdsByUser(ids)));
    this.agency = new PrimableLoader(async (ids) => byKeys(ids, await partners.findByIds(ids)));
    this.agencyMembers = new DataLoader(async (ids) => fromMap(ids, await users.membersByAgency(ids)));
    this.branch = new PrimableLoader(async (ids) => byKeys(ids, await places.findBranchesByIds(ids)));
    this.room = new PrimableLoader(async (ids) => byKeys(ids, await places.findRoomsByIds(ids)));
    this.branchRooms = new DataLoader(async (ids) => fromMap(ids, await places.roomsByBranch(ids)));
    this.workshop = new PrimableLoader(async (ids) => byKeys(ids, await workshops.findByIds(ids)));
    this.workshopSessions = new DataLoader(async (ids) => fromMap(ids, await workshops.sessionsByWorkshop(ids)));
    this.workshopRequests = new DataLoader(async (ids) => fromMap(ids, await workshops.requestsByWorkshop(ids)));
    this.workshopReviews = new DataLoader(async (ids) => fromMap(ids, await workshops.reviewsByWorkshop(ids)));
    this.session = new DataLoader(async (ids) => byKeys(ids, await scheduling.findSessionsByIds(ids)));
    this.sessionBooking = new DataLoader(async (ids) => {
      const found = await scheduling.liveBookingBySession(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    this.registration = new DataLoader(async (ids) => byKeys(ids, await services.registrations.findByIds(ids)));
    this.waitlistPosition = new DataLoader(async (ids) => {
      const found = await services.registrations.waitlistPositions(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    this.patronNotified = new DataLoader(async (ids) => {
      const found = await services.patronFollowUp.notified(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    this.seats = new DataLoader(async (ids) => {
      const found = await services.seatLedger.counts(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  /** Rows already read (e.g. with a catalog page), so that the loaders do not read them again. */
  prime(rows: {
    workshops?: WorkshopEntity[];
    agencies?: AgencyEntity[];
    branches?: BranchEntity[];
    rooms?: RoomEntity[];
    seats?: SeatCounts[];
  }): void {
    for (const workshop of rows.workshops ?? []) this.workshop.prime(workshop.id, workshop);
    for (const agency of rows.agencies ?? []) this.agency.prime(agency.id, agency);
    for (const branch of rows.branches ?? []) this.branch.prime(branch.id, branch);
    for (const room of rows.rooms ?? []) this.room.prime(room.id, room);
    for (const seats of rows.seats ?? []) this.seats.prime(seats.sessionId, seats);
  }

  /** The workshop of a session (it always has one: NOT_FOUND if it is gone). */
  async workshopOf(session: { workshopId: string }): Promise<WorkshopEntity> {
    const workshop = await this.workshop.load(session.workshopId);
    if (!workshop) throw notFound('Workshop');
    return workshop;
  }

  /** The settings, read once per request (registration windows depend on them). */
  settings(): Promise<Settings> {
    this.settingsOnce ??= this.services.settings.get();
    return this.settingsOnce;
  }

  /** Registrations per session, in the given statuses (one loader per distinct set). */
  sessionRegistrations(statuses: readonly string[]): DataLoader<string, RegistrationEntity[]> {
    const key = [...statuses].sort().join(',');
    return this.loaderFor(`registrations:${key}`, async (ids) =>
      fromMap(ids, await this.services.registrations.bySession(ids, statuses as Parameters<RegistrationsService['bySession']>[1])),
    );
  }

  /** Live bookings per room for one [from, to) window. */
  roomBookings(from: Date, to: Date): DataLoader<string, RoomBookingEntity[]> {
    return this.loaderFor(`bookings:${from.toISOString()}:${to.toISOString()}`, async (ids) =>
      fromMap(ids, await this.services.bookings.roomBookings(ids, from, to)),
    );
  }

  /** Closures per branch for one [from, to] window (one loader per distinct window). */
  branchClosures(from: string | null, to: string | null): DataLoader<string, ClosureEntity[]> {
    return this.loaderFor(`closures:${from}:${to}`, async (ids) =>
      fromMap(ids, await this.services.places.closuresByBranch(ids, from, to)),
    );
  }

  private loaderFor<V>(key: string, batch: DataLoader.BatchLoadFn<string, V>): DataLoader<string, V> {
    let loader = this.keyed.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader(batch);
      this.keyed.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}

@Injectable()
export class LoaderServices {
  constructor(
    readonly users: UsersService,
    readonly partners: PartnersService,
    readonly places: PlacesService,
    readonly workshops: WorkshopsService,
    readonly scheduling: SchedulingService,
    readonly bookings: BookingsService,
    readonly registrations: RegistrationsService,
    readonly seatLedger: SeatLedger,
    readonly patronFollowUp: PatronFollowUp,
    readonly settings: SettingsService,
  ) {}

  create(): Loaders {
    return new Loaders(this);
  }
}
