import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
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
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ContactChannel, RegistrationSource, RegistrationStatus } from '@app/registrations';
import { DateTimeScalar } from '../graphql/scalars';
import { PageArgs } from '../graphql/page-args';
import { EmailAddress, NameText, OptionalLine, OptionalText, IsId, IsIdList, MaxItems } from '../validation/validators';

/** What every way of registering asks: the session, a name, the party and the patron's choices. */
@InputType({ isAbstract: true })
abstract class RegistrationBase {
  @Field(() => ID)
  @IsId()
  sessionId!: string;

  @Field({ description: '1 to 200 characters.' })
  @NameText(200)
  name!: string;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: "1 to 6, and never more than the session's capacity." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(6)
  partySize?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(2000)
  accessibilityNeeds?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  shareContactWithPartner?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  remindersOptIn?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  followUpOptIn?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      "BCP-47, matched by lookup (es-MX → es); a tag with no match is BAD_USER_INPUT. Default: the first of the workshop's languages that ServiceInfo.messageLanguages has, else the first of ServiceInfo.messageLanguages.",
  })
  @OptionalLine(35)
  language?: string | null;
}

@InputType('RegisterInput')
export class RegisterInput extends RegistrationBase {
  @Field(() => String, { nullable: true, description: 'Required when contactChannel is EMAIL (version 1 clients always send it).' })
  @IsOptional()
  @EmailAddress()
  email?: string | null;

  @Field(() => ContactChannel, {
    nullable: true,
    defaultValue: ContactChannel.EMAIL,
    description: 'EMAIL or SMS here; NONE is for registerAtDesk.',
  })
  @IsOptional()
  @IsEnum(ContactChannel, { message: 'must be EMAIL or SMS' })
  contactChannel?: ContactChannel | null;

  @Field(() => String, {
    nullable: true,
    description: "Required for SMS: a mobile number, E.164 or in the national format of the branch's country.",
  })
  @OptionalLine(50)
  phone?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Required true for SMS: the patron agreed to text messages about this registration (ServiceInfo.smsConsentText).',
  })
  @IsOptional()
  @IsBoolean()
  smsConsent?: boolean | null;
}

@InputType('DeskRegistrationInput', {
  description: 'A registration made by library staff for a patron at the desk or on the phone.',
})
export class DeskRegistrationInput extends RegistrationBase {
  @Field(() => ContactChannel)
  @IsEnum(ContactChannel, { message: 'must be EMAIL, SMS or NONE' })
  contactChannel!: ContactChannel;

  @Field(() => String, { nullable: true, description: 'Required for EMAIL.' })
  @IsOptional()
  @EmailAddress()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for SMS; optional for NONE as a call-back number, never texted.' })
  @OptionalLine(50)
  phone?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Required true for SMS: the patron agreed, aloud or on paper, to text messages about this registration.',
  })
  @IsOptional()
  @IsBoolean()
  smsConsent?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A repeat with the same key within 24 hours returns the first receipt instead of registering again (a double click, a retried request).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[\x21-\x7e]+$/, { message: 'must be 1 to 100 visible ASCII characters (a UUID, for example)' })
  idempotencyKey?: string | null;

  @Field(() => RegistrationSource, { nullable: true, defaultValue: RegistrationSource.DESK, description: 'DESK or PHONE.' })
  @IsOptional()
  @IsEnum(RegistrationSource, { message: 'must be DESK or PHONE' })
  source?: RegistrationSource | null;
}

@InputType('RegistrationPreferencesInput')
export class RegistrationPreferencesInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  shareContactWithPartner?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  remindersOptIn?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  followUpOptIn?: boolean | null;

  @Field(() => String, { nullable: true, description: 'One of ServiceInfo.messageLanguages (matched by lookup, es-MX → es).' })
  @OptionalLine(35)
  language?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'false withdraws consent to texts for this registration: its pending texts become SKIPPED, and the library no longer texts it.',
  })
  @IsOptional()
  @IsBoolean()
  smsConsent?: boolean | null;
}

@ArgsType()
export class TokenArgs {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token!: string;
}

@ArgsType()
export class RegistrationWindowArgs {
  @Field(() => ID)
  @IsId()
  sessionId!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  opensAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  closesAt?: Date | null;
}

@ArgsType()
export class SessionCapacityArgs {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity!: number;
}

@ArgsType()
export class WalkInsArgs {
  @Field(() => ID)
  @IsId()
  sessionId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10000)
  count!: number;
}

@InputType('RegistrationFilter')
export class RegistrationFilterInput {
  @Field(() => [ID], { nullable: true, description: 'STAFF: within their branches (the default).' })
  @IsOptional()
  @IsArray()
  @MaxItems(100)
  @IsIdList()
  branchIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  sessionId?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Sessions starting in [from, to); default: from the start of today, in each branch's zone.",
  })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'Matches the name, e-mail address and phone number.' })
  @OptionalLine(200)
  text?: string | null;

  @Field(() => [RegistrationStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @MaxItems(3)
  @IsEnum(RegistrationStatus, { each: true, message: 'must be CONFIRMED, WAITLISTED or CANCELLED' })
  statuses?: RegistrationStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Only registrations whose patron may not know their current status (patronNotified false).',
  })
  @IsOptional()
  @IsBoolean()
  notNotifiedOnly?: boolean | null;
}

@ArgsType()
export class RegistrationsArgs extends PageArgs(50) {
  @Field(() => RegistrationFilterInput)
  @ValidateNested()
  @Type(() => RegistrationFilterInput)
  filter!: RegistrationFilterInput;
}
