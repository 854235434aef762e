import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SessionStatus } from '@app/workshops';

@ObjectType('SeatAvailability')
export class SeatAvailabilityModel {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => SessionStatus)
  status!: SessionStatus;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int)
  seatsTaken!: number;

  @Field(() => Int)
  seatsRemaining!: number;

  @Field(() => Int)
  waitlistLength!: number;

  @Field()
  registrationOpen!: boolean;
}
