import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@app/clock';
import { duplicateKeyName, isDuplicateKey, TransactionRunner } from '@app/database';
import { badInput, notFound } from '@app/errors';
import { BranchEntity, type OpeningHours } from './branch.entity';
import { BranchRepository } from './branch.repository';
import { ClosureEntity } from './closure.entity';
import { ClosureRepository } from './closure.repository';
import { isLocalDate, isTimeZone } from './local-time';
import { normalizeOpeningHours } from './opening-hours';
import { checkCountry, toE164 } from './phone-number';
import { RoomEntity } from './room.entity';
import type { RoomFeature } from './room-feature';
import { RoomRepository } from './room.repository';
import type { Branch, Closure, Room } from './places.types';

export interface ProgrammingLimits {
  maxSessionsPerDay?: number | null;
  maxEveningSessionsPerWeek?: number | null;
  eveningStartsAt?: string | null;
}

export interface NewBranch {
  name: string;
  timeZone: string;
  address?: string | null;
  /** ISO 3166-1 alpha-2; US when omitted. */
  country?: string;
  /** Any format the country's people write; stored in E.164. */
  phone?: string | null;
  openingHours: OpeningHours[];
  programmingLimits?: ProgrammingLimits | null;
}

/** Omitted fields stay; `address: null` clears it; lists and objects replace the whole value. */
export type BranchChanges = Partial<NewBranch>;

export interface NewClosure {
  startsOn: string;
  endsOn: string;
  reason?: string | null;
}

export interface NewRoom {
  branchId: string;
  name: string;
  capacity: number;
  features?: RoomFeature[] | null;
  setupMinutes?: number | null;
  cleanupMinutes?: number | null;
}

export interface RoomChanges {
  name?: string;
  capacity?: number;
  features?: RoomFeature[];
  setupMinutes?: number;
  cleanupMinutes?: number;
  active?: boolean;
}

/** A closure may not be longer than this (a typo in a year, not a real closure). */
const MAX_CLOSURE_DAYS = 366 * 2;

@Injectable()
export class PlacesService {
  constructor(
    private readonly branches: BranchRepository,
    private readonly rooms: RoomRepository,
    private readonly closures: ClosureRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  listBranches(): Promise<BranchEntity[]> {
    return this.branches.findAll();
  }

  findBranch(id: string): Promise<BranchEntity | null> {
    return this.branches.findById(id);
  }

  /** A branch that must exist: NOT_FOUND otherwise. */
  async getBranch(id: string): Promise<BranchEntity> {
    const branch = await this.branches.findById(id);
    if (!branch) throw notFound('Branch');
    return branch;
  }

  findBranchesByIds(ids: readonly string[]): Promise<BranchEntity[]> {
    return this.branches.findByIds(ids);
  }

  findRoom(id: string): Promise<RoomEntity | null> {
    return this.rooms.findById(id);
  }

  findRoomsByIds(ids: readonly string[]): Promise<RoomEntity[]> {
    return this.rooms.findByIds(ids);
  }

  /**
   * Locks the branches' rows and then the rooms' rows, each in id order, inside the caller's
   * transaction: every writer that places bookings or counts a branch's load serialises here.
   */
  async lockBranchesAndRooms(branchIds: readonly string[], roomIds: readonly string[]): Promise<{ branches: Branch[]; rooms: Room[] }> {
    const branches = await this.branches.findByIdsForUpdate([...branchIds].sort());
    const rooms = await this.rooms.findByIdsForUpdate([...roomIds].sort());
    return { branches, rooms };
  }

  /** Locks one room's row inside the caller's transaction; NOT_FOUND when there is none. */
  async lockRoom(id: string): Promise<RoomEntity> {
    const room = await this.rooms.findByIdForUpdate(id);
    if (!room) throw notFound('Room');
    return room;
  }

  /** Active rooms of a branch (or of every branch) holding at least `minCapacity`, by name. */
  activeRoomsHolding(branchId: string | null, minCapacity: number): Promise<Room[]> {
    return this.rooms.findCandidates(branchId, minCapacity);
  }

  /** The branches' closures touching the local days [from, to]. */
  closuresOf(branchIds: readonly string[], from: string | null, to: string | null): Promise<Closure[]> {
    return this.closures.findForBranches(branchIds, from, to);
  }

  /** branchId → its rooms, by name. */
  async roomsByBranch(branchIds: readonly string[]): Promise<Map<string, RoomEntity[]>> {
    const byBranch = new Map<string, RoomEntity[]>(branchIds.map((id) => [id, []]));
    for (const room of await this.rooms.findByBranchIds(branchIds)) byBranch.get(room.branchId)?.push(room);
    return byBranch;
  }

  /** branchId → its closures touching [from, to]. */
  async closuresByBranch(branchIds: readonly string[], from: string | null, to: string | null): Promise<Map<string, ClosureEntity[]>> {
    const byBranch = new Map<string, ClosureEntity[]>(branchIds.map((id) => [id, []]));
    for (const closure of await this.closures.findForBranches(branchIds, from, to)) byBranch.get(closure.branchId)?.push(closure);
    return byBranch;
  }

  async createBranch(input: NewBranch): Promise<BranchEntity> {
    const now = this.clock.now();
    const branch = Object.assign(new BranchEntity(), {
      id: randomUUID(),
      name: input.name.trim(),
      timeZone: this.checkTimeZone(input.timeZone),
      address: input.address?.trim() || null,
      ...this.checkContact(input.country ?? 'US', input.phone ?? null),
      openingHours: normalizeOpeningHours(input.openingHours),
      ...this.checkLimits(input.programmingLimits ?? {}),
      createdAt: now,
      updatedAt: now,
    });
    await this.branches.insert(branch).catch((error: unknown) => {
      throw this.mapNameConflict(error);
    });
    return branch;
  }

  async updateBranch(id: string, changes: BranchChanges): Promise<BranchEntity> {
    return this.tx.run(async () => {
      const branch = await this.branches.findByIdForUpdate(id);
      if (!branch) throw notFound('Branch');
      if (changes.name !== undefined) branch.name = changes.name.trim();
      if (changes.timeZone !== undefined) branch.timeZone = this.checkTimeZone(changes.timeZone);
      if (changes.address !== undefined) branch.address = changes.address?.trim() || null;
      // A new country reads the number again (kept as it is when only the country changes and it is in E.164 already).
      if (changes.country !== undefined || changes.phone !== undefined) {
        Object.assign(
          branch,
          this.checkContact(changes.country ?? branch.country, changes.phone === undefined ? branch.phone : changes.phone),
        );
      }
      if (changes.openingHours !== undefined) branch.openingHours = normalizeOpeningHours(changes.openingHours);
      if (changes.programmingLimits !== undefined) Object.assign(branch, this.checkLimits(changes.programmingLimits ?? {}));
      branch.updatedAt = this.clock.now();
      await this.branches.save(branch).catch((error: unknown) => {
        throw this.mapNameConflict(error);
      });
      return branch;
    });
  }

  /** Stores a closure made by `newClosure` (inside the caller's transaction, once bookings are settled). */
  async insertClosure(closure: ClosureEntity): Promise<void> {
    await this.closures.insert(closure);
  }

  /** Stores a room changed by `applyRoomChanges`; a name its branch already uses is a CONFLICT. */
  async saveRoom(room: RoomEntity): Promise<void> {
    await this.rooms.save(room).catch((error: unknown) => {
      throw this.mapNameConflict(error);
    });
  }

  /** Checks a closure's dates and returns the row to insert (the caller decides about bookings). */
  newClosure(branchId: string, input: NewClosure): ClosureEntity {
    if (!isLocalDate(input.startsOn)) throw badInput('input.startsOn', 'must be a date YYYY-MM-DD');
    if (!isLocalDate(input.endsOn)) throw badInput('input.endsOn', 'must be a date YYYY-MM-DD');
    if (input.endsOn < input.startsOn) throw badInput('input.endsOn', 'must not be before startsOn');
    const days = (Date.parse(input.endsOn) - Date.parse(input.startsOn)) / 86_400_000 + 1;
    if (days > MAX_CLOSURE_DAYS) throw badInput('input.endsOn', `a closure lasts at most ${MAX_CLOSURE_DAYS} days`);
    return Object.assign(new ClosureEntity(), {
      id: randomUUID(),
      branchId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      reason: input.reason?.trim() || null,
      createdAt: this.clock.now(),
    });
  }

  async removeClosure(id: string): Promise<void> {
    const closure = await this.closures.findById(id);
    if (!closure) throw notFound('Closure');
    await this.closures.delete(id);
  }

  async createRoom(input: NewRoom): Promise<RoomEntity> {
    const branch = await this.branches.findById(input.branchId);
    if (!branch) throw notFound('Branch');
    const now = this.clock.now();
    const room = Object.assign(new RoomEntity(), {
      id: randomUUID(),
      branchId: branch.id,
      name: input.name.trim(),
      capacity: input.capacity,
      features: [...new Set(input.features ?? [])],
      setupMinutes: input.setupMinutes ?? 0,
      cleanupMinutes: input.cleanupMinutes ?? 0,
      active: true,
      createdAt: now,
      updatedAt: now,
    });
    await this.rooms.insert(room).catch((error: unknown) => {
      throw this.mapNameConflict(error);
    });
    return room;
  }

  /** Applies room changes to a room row the caller holds (locked, when bookings are checked). */
  applyRoomChanges(room: RoomEntity, changes: RoomChanges): RoomEntity {
    if (changes.name !== undefined) room.name = changes.name.trim();
    if (changes.capacity !== undefined) room.capacity = changes.capacity;
    if (changes.features !== undefined) room.features = [...new Set(changes.features)];
    if (changes.setupMinutes !== undefined) room.setupMinutes = changes.setupMinutes;
    if (changes.cleanupMinutes !== undefined) room.cleanupMinutes = changes.cleanupMinutes;
    if (changes.active !== undefined) room.active = changes.active;
    room.updatedAt = this.clock.now();
    return room;
  }

  mapNameConflict(error: unknown): unknown {
    if (isDuplicateKey(error)) {
      const key = duplicateKeyName(error);
      if (key === 'uq_branch_name') return badInput('input.name', 'is already the name of another branch');
      if (key === 'uq_room_branch_name') return badInput('input.name', 'is already the name of another room of this branch');
    }
    return error;
  }

  private checkContact(country: string, phone: string | null): Pick<BranchEntity, 'country' | 'phone'> {
    const code = checkCountry(country);
    const trimmed = phone?.trim();
    return { country: code, phone: trimmed ? toE164(trimmed, code, 'input.phone') : null };
  }

  private checkTimeZone(zone: string): string {
    if (!isTimeZone(zone)) throw badInput('input.timeZone', 'must be an IANA time zone such as America/Chicago');
    return zone;
  }

  private checkLimits(
    limits: ProgrammingLimits,
  ): Pick<BranchEntity, 'maxSessionsPerDay' | 'maxEveningSessionsPerWeek' | 'eveningStartsAt'> {
    return {
      maxSessionsPerDay: limits.maxSessionsPerDay ?? null,
      maxEveningSessionsPerWeek: limits.maxEveningSessionsPerWeek ?? null,
      eveningStartsAt: limits.eveningStartsAt ?? '18:00',
    };
  }
}
