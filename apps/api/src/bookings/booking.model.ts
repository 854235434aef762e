import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BookingKind, BookingStatus, ConflictReason } from '@app/bookings';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { listCost } from '../abuse/document-cost';

/** Room, session, and the coordinator-only note and creator are resolved in BookingsResolver. */
@ObjectType('RoomBooking')
export class RoomBookingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => BookingKind)
  kind!: BookingKind;

  @Field(() => BookingStatus)
  status!: BookingStatus;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  endsAt!: Date;

  @Field(() => DateTimeScalar, { description: "startsAt less the room's set-up time: the room is blocked from here." })
  blockedFrom!: Date;

  @Field(() => DateTimeScalar, { description: "endsAt plus the room's clean-up time: the room is blocked until here." })
  blockedUntil!: Date;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType('BookingConflict')
export class BookingConflictModel {
  @Field(() => ConflictReason)
  reason!: ConflictReason;

  @Field(() => ID, { nullable: true })
  roomId!: string | null;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  endsAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The booking in the way, for OVERLAPS_BOOKING.' })
  conflictingBookingId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The session concerned: the one being placed, or the one in the way.' })
  sessionId!: string | null;

  @Field()
  message!: string;
}

@ObjectType('BranchLoadDay')
export class BranchLoadDayModel {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Int)
  sessions!: number;

  @Field(() => Int)
  eveningSessions!: number;
}

/** `branch` is resolved in BookingsResolver. */
@ObjectType('BranchLoad')
export class BranchLoadModel {
  @Field(() => [BranchLoadDayModel], { complexity: listCost(7) })
  days!: BranchLoadDayModel[];

  @Field(() => Int)
  eveningSessions!: number;

  @Field()
  overLimit!: boolean;
}
