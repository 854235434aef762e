import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/connection';
import { DateTimeScalar } from '../graphql/scalars';

/** Status (derived), related objects and restricted fields are resolved in SessionsResolver. */
@ObjectType('Session')
export class SessionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  endsAt!: Date;

  @Field(() => Int, { description: 'Seats.' })
  capacity!: number;

  @Field(() => String, { nullable: true })
  cancellationReason!: string | null;

  @Field(() => Int, { description: 'Seats held by confirmed registrations.' })
  seatsTaken!: number;

  @Field(() => Int, { description: 'Waitlisted registrations (parties).' })
  waitlistLength!: number;

  @Field(() => Int, { description: 'Seats the waitlisted parties ask for.' })
  waitlistedSeats!: number;

  @Field(() => Int, { description: 'People who came without registering.' })
  walkInCount!: number;
}

@ObjectType('SessionConnection')
export class SessionConnection extends Connection(SessionModel, 'Session') {}
