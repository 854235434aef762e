import { Column, Entity } from 'typeorm';
import { IdColumn } from '@app/database';

/**
 * A scheduled session's seat ledger (invariant 2: confirmed seats never exceed the capacity).
 * Its row exists from the moment the session is scheduled. It keeps its own copy of the seats
 * offered and of whether the session takes registrations, written in the same transaction as the
 * session's change, so that a claim is one conditional update of this row alone.
 */
@Entity('session_seats')
export class SessionSeatsEntity {
  @IdColumn()
  sessionId!: string;

  /** The session's capacity, as of its last change. */
  @Column({ type: 'int' })
  capacity!: number;

  /** The session is SCHEDULED: claims and the waitlist are open (the registration window aside). */
  @Column({ type: 'boolean' })
  accepting!: boolean;

  /** Seats of confirmed registrations. */
  @Column({ type: 'int', default: 0 })
  seatsTaken!: number;

  /** Waitlisted registrations (parties). */
  @Column({ type: 'int', default: 0 })
  waitlistLength!: number;

  /** Seats the waitlisted parties ask for. */
  @Column({ type: 'int', default: 0 })
  waitlistedSeats!: number;

  /** Seats of checked-in registrations. */
  @Column({ type: 'int', default: 0 })
  checkedInSeats!: number;

  /** People who came without registering. */
  @Column({ type: 'int', default: 0 })
  walkInCount!: number;
}

/** What other libraries and the apps read of a session's seats. */
export type SeatCounts = Readonly<Omit<SessionSeatsEntity, 'accepting'>>;
