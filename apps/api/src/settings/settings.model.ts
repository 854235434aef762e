import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsArray, IsInt, IsNumber, IsOptional } from 'class-validator';
import { OmitOrSet, MaxItems } from '../validation/validators';

@ObjectType('Settings')
export class SettingsModel {
  @Field(() => [Int], { description: "Minutes before a session's start at which reminders go out, e.g. [1440, 120]." })
  reminderLeadMinutes!: number[];

  @Field(() => [Float], { description: 'Fractions of capacity that trigger CAPACITY_THRESHOLD, e.g. [0.8, 1.0].' })
  capacityThresholds!: number[];

  @Field(() => Int, { description: 'WAITLIST_DEMAND once a waitlist reaches this many registrations.' })
  waitlistDemandThreshold!: number;

  @Field(() => Int, { description: 'Hours before the start at which LOW_REGISTRATION is checked.' })
  lowRegistrationLeadHours!: number;

  @Field(() => Int, { description: "Days after a session ends before its patrons' personal data is purged." })
  retentionDays!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Registration opens this many days before a session; null: as soon as it is scheduled.',
  })
  registrationOpensDaysBefore!: number | null;

  @Field(() => Int, { description: 'Registration closes this many minutes before a session starts.' })
  registrationClosesMinutesBefore!: number;
}

@InputType('SettingsInput')
export class SettingsInput {
  @Field(() => [Int], { nullable: true })
  @OmitOrSet()
  @IsArray()
  @MaxItems(6)
  @IsInt({ each: true })
  reminderLeadMinutes?: number[];

  @Field(() => [Float], { nullable: true })
  @OmitOrSet()
  @IsArray()
  @MaxItems(5)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  capacityThresholds?: number[];

  @Field(() => Int, { nullable: true })
  @OmitOrSet()
  @IsInt()
  waitlistDemandThreshold?: number;

  @Field(() => Int, { nullable: true })
  @OmitOrSet()
  @IsInt()
  lowRegistrationLeadHours?: number;

  @Field(() => Int, { nullable: true })
  @OmitOrSet()
  @IsInt()
  retentionDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  registrationOpensDaysBefore?: number | null;

  @Field(() => Int, { nullable: true })
  @OmitOrSet()
  @IsInt()
  registrationClosesMinutesBefore?: number;
}
