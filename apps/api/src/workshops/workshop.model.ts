import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RoomFeature } from '@app/places';
import { Audience, ReviewAction, WorkshopStatus } from '@app/workshops';
import { Connection } from '../graphql/connection';
import { DateTimeScalar } from '../graphql/scalars';

/** Related objects and restricted fields are resolved in WorkshopsResolver. */
@ObjectType('Workshop')
export class WorkshopModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field()
  description!: string;

  @Field(() => [String])
  tags!: string[];

  @Field(() => [Audience])
  audience!: Audience[];

  @Field(() => [String], { description: 'BCP-47 language tags, e.g. en, es, vi.' })
  languages!: string[];

  @Field(() => String, { nullable: true })
  accessibilityNotes!: string | null;

  @Field(() => Int, { description: "Seats per session; a session's capacity never exceeds its room's." })
  capacity!: number;

  @Field(() => Int, { nullable: true, description: 'Seats. Below this many confirmed seats near the start, LOW_REGISTRATION is sent.' })
  minAttendance!: number | null;

  @Field(() => [RoomFeature], { description: 'Features every room for this workshop needs.' })
  requiredFeatures!: RoomFeature[];

  @Field(() => String, { nullable: true, description: 'Sent to attendees after each session (opt-in): hotlines, referrals, hand-outs.' })
  followUpResources!: string | null;

  @Field(() => WorkshopStatus)
  status!: WorkshopStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@ObjectType('WorkshopConnection')
export class WorkshopConnection extends Connection(WorkshopModel, 'Workshop') {}

@ObjectType('ReviewEvent')
export class ReviewEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewAction)
  action!: ReviewAction;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field({ description: "An approval that went over a branch's programming limits on purpose." })
  overrodeLoadLimits!: boolean;
}

@ObjectType('SessionRequest')
export class SessionRequestModel {
  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  recurrence!: string | null;
}
