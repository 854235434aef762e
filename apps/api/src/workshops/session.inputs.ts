import { PageArgs } from '../graphql/page-args';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { RoomFeature } from '@app/places';
import { Audience, SessionStatus } from '@app/workshops';
import { DateTimeScalar } from '../graphql/scalars';
import { OptionalLine, OptionalText, MaxItems, EnumList, IsId, IsIdList } from '../validation/validators';
import { BCP47, SessionRequestInput } from './workshop.inputs';

@InputType('RescheduleSessionInput')
export class RescheduleSessionInput {
  @Field(() => ID)
  @IsId()
  sessionId!: string;

  @Field(() => DateTimeScalar)
  @IsDate()
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  @IsDate()
  endsAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'Defaults to the current room. A smaller room lowers the capacity to fit, or fails with CONFLICT (SEATS_TAKEN).',
  })
  @IsOptional()
  @IsId()
  roomId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  overrideLoadLimits?: boolean | null;

  @Field(() => String, { nullable: true })
  @OptionalText(1000)
  reason?: string | null;
}

@InputType('AddSessionsInput')
export class AddSessionsInput {
  @Field(() => ID)
  @IsId()
  workshopId!: string;

  @Field(() => [SessionRequestInput], {
    description: 'Each with a roomId: added sessions are placed and scheduled at once, or none is (CONFLICT).',
  })
  @IsArray()
  @ArrayMinSize(1)
  @MaxItems(52)
  @ValidateNested({ each: true })
  @Type(() => SessionRequestInput)
  sessions!: SessionRequestInput[];

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  overrideLoadLimits?: boolean | null;
}

@InputType('SessionFilter')
export class SessionFilterInput {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Default for the public: now.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @MaxItems(100)
  @IsIdList()
  branchIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  agencyId?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @MaxItems(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[] | null;

  @Field(() => [Audience], { nullable: true })
  @IsOptional()
  @EnumList(Audience)
  audience?: Audience[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(BCP47, { message: 'must be a BCP-47 language tag such as en or es' })
  language?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only sessions with a free seat.' })
  @IsOptional()
  @IsBoolean()
  hasSeats?: boolean | null;

  @Field(() => [RoomFeature], { nullable: true, description: 'Only sessions in a room with every one of these features.' })
  @IsOptional()
  @EnumList(RoomFeature)
  roomFeatures?: RoomFeature[] | null;

  @Field(() => String, { nullable: true, description: 'Matches title, summary and tags.' })
  @OptionalLine(200)
  text?: string | null;

  @Field(() => [SessionStatus], {
    nullable: true,
    description:
      "Default SCHEDULED. Coordinators may ask for any status; partners for any status of their own agency's sessions; the public gets SCHEDULED, COMPLETED and CANCELLED only.",
  })
  @IsOptional()
  @IsEnum(SessionStatus, { each: true })
  statuses?: SessionStatus[] | null;
}

@ArgsType()
export class SessionsArgs extends PageArgs(20) {
  @Field(() => SessionFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SessionFilterInput)
  filter?: SessionFilterInput | null;
}
