import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsTimeZone, Length, Max, Min, ValidateNested } from 'class-validator';
import { RoomFeature, Weekday } from '@app/places';
import { DateScalar, LocalTimeScalar } from '../graphql/scalars';
import { NameText, OmitOrSet, OptionalLine, MaxItems, EnumList, IsId } from '../validation/validators';

@InputType('OpeningHoursInput')
export class OpeningHoursInput {
  @Field(() => Weekday)
  @IsEnum(Weekday)
  weekday!: Weekday;

  @Field(() => LocalTimeScalar)
  @IsString()
  opens!: string;

  @Field(() => LocalTimeScalar)
  @IsString()
  closes!: string;
}

@InputType('ProgrammingLimitsInput')
export class ProgrammingLimitsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxSessionsPerDay?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  maxEveningSessionsPerWeek?: number | null;

  @Field(() => LocalTimeScalar, { nullable: true })
  @IsOptional()
  eveningStartsAt?: string | null;
}

const TIME_ZONE_MESSAGE = 'must be an IANA time zone such as America/Chicago';

@InputType('CreateBranchInput')
export class CreateBranchInput {
  @Field()
  @NameText()
  name!: string;

  @Field()
  @IsTimeZone({ message: TIME_ZONE_MESSAGE })
  timeZone!: string;

  @Field(() => String, { nullable: true })
  @OptionalLine(500)
  address?: string | null;

  @Field(() => String, {
    nullable: true,
    defaultValue: 'US',
    description: 'ISO 3166-1 alpha-2, e.g. US: phone numbers given in national format are read in this country.',
  })
  @IsOptional()
  @IsString()
  @Length(2, 2, { message: 'must be a two-letter country code such as US' })
  country?: string;

  @Field(() => String, { nullable: true, description: "The branch's public phone number, in any format; kept in E.164." })
  @OptionalLine(30)
  phone?: string | null;

  @Field(() => [OpeningHoursInput])
  @IsArray()
  @MaxItems(28)
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursInput)
  openingHours!: OpeningHoursInput[];

  @Field(() => ProgrammingLimitsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgrammingLimitsInput)
  programmingLimits?: ProgrammingLimitsInput | null;
}

/**
 * Every field of CreateBranchInput, each optional: omitted fields stay, and null is refused for
 * those a branch must have (only `address` and `programmingLimits` can be cleared).
 */
@InputType('UpdateBranchInput')
export class UpdateBranchInput extends PartialType(CreateBranchInput, { omitDefaultValues: true, skipNullProperties: false }) {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; the number is read again in it.' })
  @OmitOrSet()
  @IsString()
  @Length(2, 2, { message: 'must be a two-letter country code such as US' })
  declare country?: string;

  @Field(() => [OpeningHoursInput], { nullable: true, description: 'Replaces the whole week when given.' })
  @OmitOrSet()
  @IsArray()
  @MaxItems(28)
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursInput)
  declare openingHours?: OpeningHoursInput[];
}

@InputType('ClosureInput')
export class ClosureInput {
  @Field(() => DateScalar)
  @IsString()
  startsOn!: string;

  @Field(() => DateScalar)
  @IsString()
  endsOn!: string;

  @Field(() => String, { nullable: true })
  @OptionalLine(500)
  reason?: string | null;
}

@ArgsType()
export class AddClosureArgs {
  @Field(() => ID)
  @IsId()
  branchId!: string;

  @Field(() => ClosureInput)
  @ValidateNested()
  @Type(() => ClosureInput)
  input!: ClosureInput;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  cancelSessions?: boolean;
}

@InputType('CreateRoomInput')
export class CreateRoomInput {
  @Field(() => ID)
  @IsId()
  branchId!: string;

  @Field()
  @NameText()
  name!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity!: number;

  @Field(() => [RoomFeature], { nullable: true, defaultValue: [] })
  @IsOptional()
  @EnumList(RoomFeature)
  features?: RoomFeature[] | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  setupMinutes?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  cleanupMinutes?: number | null;
}

@InputType('UpdateRoomInput')
export class UpdateRoomInput {
  @Field(() => String, { nullable: true })
  @OmitOrSet()
  @NameText()
  name?: string;

  @Field(() => Int, { nullable: true })
  @OmitOrSet()
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity?: number;

  @Field(() => [RoomFeature], { nullable: true })
  @OmitOrSet()
  @EnumList(RoomFeature)
  features?: RoomFeature[];

  @Field(() => Int, { nullable: true })
  @OmitOrSet()
  @IsInt()
  @Min(0)
  @Max(240)
  setupMinutes?: number;

  @Field(() => Int, { nullable: true })
  @OmitOrSet()
  @IsInt()
  @Min(0)
  @Max(240)
  cleanupMinutes?: number;

  @Field(() => Boolean, { nullable: true })
  @OmitOrSet()
  @IsBoolean()
  active?: boolean;
}
