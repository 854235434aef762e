import { applyDecorators } from '@nestjs/common';
import { PageArgs } from '../graphql/page-args';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { RoomFeature } from '@app/places';
import { Audience, WorkshopOrder, WorkshopStatus } from '@app/workshops';
import { DateTimeScalar } from '../graphql/scalars';
import {
  LongText,
  NameText,
  NO_CONTROL,
  OmitOrSet,
  OptionalLine,
  OptionalText,
  MaxItems,
  EnumList,
  IsId,
  IsIdList,
} from '../validation/validators';

/** A BCP-47 language tag (en, es, zh-Hant). */
export const BCP47 = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

@InputType('SessionRequestInput')
export class SessionRequestInput {
  @Field(() => DateTimeScalar)
  @IsDate()
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  @IsDate()
  endsAt!: Date;

  @Field(() => ID)
  @IsId()
  branchId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A preferred room; held TENTATIVE on submit when free. The coordinator may place the session elsewhere.',
  })
  @IsOptional()
  @IsId()
  roomId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "An RFC 5545 RRULE (e.g. FREQ=WEEKLY;COUNT=6) repeating this session in the branch's local time; at most 52 occurrences.",
  })
  @OptionalLine(500)
  recurrence?: string | null;
}

/** Tags: short labels, at most 20. */
const TagList = (): PropertyDecorator =>
  applyDecorators(
    IsArray(),
    MaxItems(20),
    IsString({ each: true }),
    MaxLength(40, { each: true }),
    Matches(/\S/, { each: true, message: 'tags must not be blank' }),
    Matches(NO_CONTROL, { each: true, message: 'tags must not contain control characters' }),
  );

@InputType('WorkshopInput')
export class WorkshopInput {
  @Field()
  @NameText(200)
  title!: string;

  @Field()
  @NameText(500)
  summary!: string;

  @Field()
  @LongText(20_000)
  description!: string;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @TagList()
  tags?: string[] | null;

  @Field(() => [Audience], { nullable: true, defaultValue: [] })
  @IsOptional()
  @EnumList(Audience)
  audience?: Audience[] | null;

  @Field(() => [String], { nullable: true, defaultValue: ['en'] })
  @IsOptional()
  @IsArray()
  @MaxItems(10)
  @Matches(BCP47, { each: true, message: 'must be BCP-47 language tags such as en, es or zh-Hant' })
  languages?: string[] | null;

  @Field(() => String, { nullable: true })
  @OptionalText(5000)
  accessibilityNotes?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  minAttendance?: number | null;

  @Field(() => [RoomFeature], { nullable: true, defaultValue: [] })
  @IsOptional()
  @EnumList(RoomFeature)
  requiredFeatures?: RoomFeature[] | null;

  @Field(() => String, { nullable: true })
  @OptionalText(10_000)
  followUpResources?: string | null;

  @Field(() => [SessionRequestInput])
  @IsArray()
  @ArrayMinSize(1)
  @MaxItems(52)
  @ValidateNested({ each: true })
  @Type(() => SessionRequestInput)
  sessions!: SessionRequestInput[];
}

@InputType('UpdateWorkshopInput')
export class UpdateWorkshopInput {
  @Field(() => String, { nullable: true })
  @OmitOrSet()
  @NameText(200)
  title?: string;

  @Field(() => String, { nullable: true })
  @OmitOrSet()
  @NameText(500)
  summary?: string;

  @Field(() => String, { nullable: true })
  @OmitOrSet()
  @LongText(20_000)
  description?: string;

  @Field(() => [String], { nullable: true })
  @OmitOrSet()
  @TagList()
  tags?: string[];

  @Field(() => [Audience], { nullable: true })
  @OmitOrSet()
  @EnumList(Audience)
  audience?: Audience[];

  @Field(() => [String], { nullable: true })
  @OmitOrSet()
  @IsArray()
  @MaxItems(10)
  @Matches(BCP47, { each: true, message: 'must be BCP-47 language tags such as en, es or zh-Hant' })
  languages?: string[];

  @Field(() => String, { nullable: true })
  @OptionalText(5000)
  accessibilityNotes?: string | null;

  @Field(() => Int, { nullable: true })
  @OmitOrSet()
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  minAttendance?: number | null;

  @Field(() => [RoomFeature], { nullable: true })
  @OmitOrSet()
  @EnumList(RoomFeature)
  requiredFeatures?: RoomFeature[];

  @Field(() => String, { nullable: true })
  @OptionalText(10_000)
  followUpResources?: string | null;

  @Field(() => [SessionRequestInput], {
    nullable: true,
    description: 'Replaces every proposed session when given (DRAFT or CHANGES_REQUESTED only).',
  })
  @OmitOrSet()
  @IsArray()
  @ArrayMinSize(1)
  @MaxItems(52)
  @ValidateNested({ each: true })
  @Type(() => SessionRequestInput)
  sessions?: SessionRequestInput[];
}

@InputType('SessionPlacementInput')
export class SessionPlacementInput {
  @Field(() => ID)
  @IsId()
  sessionId!: string;

  @Field(() => ID)
  @IsId()
  roomId!: string;
}

@InputType('ApproveWorkshopInput')
export class ApproveWorkshopInput {
  @Field(() => ID)
  @IsId()
  workshopId!: string;

  @Field(() => [SessionPlacementInput], {
    nullable: true,
    defaultValue: [],
    description:
      'Rooms for sessions that have none yet, or to move a session to another room. Sessions not named keep their tentative room.',
  })
  @IsOptional()
  @IsArray()
  @MaxItems(52)
  @ValidateNested({ each: true })
  @Type(() => SessionPlacementInput)
  placements?: SessionPlacementInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description: 'Occurrences the library cannot host: they become CANCELLED with the comment as reason; the rest is approved.',
  })
  @IsOptional()
  @IsArray()
  @MaxItems(52)
  @IsIdList()
  excludeSessionIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "Approve although a branch's programming limits would be exceeded; recorded in the review history.",
  })
  @IsOptional()
  @IsBoolean()
  overrideLoadLimits?: boolean | null;

  @Field(() => String, { nullable: true })
  @OptionalText(2000)
  comment?: string | null;
}

@InputType('WorkshopFilter')
export class WorkshopFilterInput {
  @Field(() => [WorkshopStatus], { nullable: true })
  @IsOptional()
  @IsEnum(WorkshopStatus, { each: true })
  statuses?: WorkshopStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  agencyId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Workshops with a session requested or scheduled at one of these branches.' })
  @IsOptional()
  @IsArray()
  @MaxItems(100)
  @IsIdList()
  branchIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @OptionalLine(200)
  text?: string | null;
}

@ArgsType()
export class WorkshopsArgs extends PageArgs(20) {
  @Field(() => WorkshopFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkshopFilterInput)
  filter?: WorkshopFilterInput | null;

  @Field(() => WorkshopOrder, { nullable: true, defaultValue: WorkshopOrder.UPDATED_AT_DESC })
  @IsOptional()
  @IsEnum(WorkshopOrder)
  orderBy?: WorkshopOrder | null;
}

/** The arguments of PartnerAgency.workshops. */
@ArgsType()
export class AgencyWorkshopsArgs extends PageArgs(20) {
  @Field(() => [WorkshopStatus], { nullable: true })
  @IsOptional()
  @IsEnum(WorkshopStatus, { each: true })
  statuses?: WorkshopStatus[] | null;
}

@ArgsType()
export class ReasonArgs {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field()
  @NameText(2000)
  reason!: string;
}

@ArgsType()
export class OptionalReasonArgs {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field(() => String, { nullable: true })
  @OptionalText(2000)
  reason?: string | null;
}

@ArgsType()
export class CommentArgs {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field()
  @NameText(2000)
  comment!: string;
}
