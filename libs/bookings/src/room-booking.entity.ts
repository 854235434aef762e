import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@app/database';
import type { BookingKind, BookingStatus } from './booking.enums';

/**
 * A room kept for a time: a session's hold or booking, or a staff booking. `blockedFrom` and
 * `blockedUntil` include the room's set-up and clean-up buffers at the time of placing, and are
 * what the overlap check compares (a range scan on the room's index).
 */
@Entity('room_booking')
@Index('ix_room_booking_room_blocked', ['roomId', 'blockedFrom', 'blockedUntil', 'status'])
@Index('ix_room_booking_branch_load', ['branchId', 'kind', 'status', 'startsAt'])
export class RoomBookingEntity {
  @IdColumn()
  id!: string;

  @RefColumn()
  roomId!: string;

  /** The room's branch, kept here for the programming-load counts. */
  @RefColumn()
  branchId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: BookingKind;

  @Column({ type: 'varchar', length: 16 })
  status!: BookingStatus;

  @InstantColumn()
  startsAt!: Date;

  @InstantColumn()
  endsAt!: Date;

  @InstantColumn()
  blockedFrom!: Date;

  @InstantColumn()
  blockedUntil!: Date;

  @Index('ix_room_booking_session')
  @RefColumn({ nullable: true })
  sessionId!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @RefColumn({ nullable: true })
  createdById!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}

/** What other libraries read of a booking: a view they cannot change (the bookings library writes it). */
export type RoomBooking = Readonly<RoomBookingEntity>;
