import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/connection';
import { DateTimeScalar } from '../graphql/scalars';

/** Status (derived), seat counts, related objects and restricted fields are resolved in SessionsResolver. */
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
}

@ObjectType('SessionConnection')
export class SessionConnection extends Connection(SessionModel, 'Session') {}
