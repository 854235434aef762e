import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUrl, ValidateNested } from 'class-validator';
import { AgencyKind, AgencyStatus } from '@app/partners';
import { EmailAddress, NameText, OmitOrSet, OptionalLine, OptionalText, Password, IsId } from '../validation/validators';

const WEBSITE = { protocols: ['http', 'https'], require_protocol: true };

@InputType('AgencyInput')
export class AgencyInput {
  @Field()
  @NameText()
  name!: string;

  @Field(() => AgencyKind)
  @IsEnum(AgencyKind)
  kind!: AgencyKind;

  @Field(() => String, { nullable: true })
  @OptionalText(5000)
  description?: string | null;

  @Field()
  @EmailAddress()
  contactEmail!: string;

  @Field(() => String, { nullable: true })
  @OptionalLine(50)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalLine(500)
  @IsUrl(WEBSITE, { message: 'must be an http(s) address' })
  website?: string | null;
}

@InputType('PartnerApplicationInput')
export class PartnerApplicationInput {
  @Field(() => AgencyInput)
  @ValidateNested()
  @Type(() => AgencyInput)
  agency!: AgencyInput;

  @Field({ description: "The agency's first member, who can log in at once." })
  @EmailAddress()
  email!: string;

  @Field()
  @NameText()
  displayName!: string;

  @Field()
  @Password()
  password!: string;
}

@InputType('UpdateAgencyInput')
export class UpdateAgencyInput {
  @Field(() => String, { nullable: true })
  @OmitOrSet()
  @NameText()
  name?: string;

  @Field(() => AgencyKind, { nullable: true })
  @OmitOrSet()
  @IsEnum(AgencyKind)
  kind?: AgencyKind;

  @Field(() => String, { nullable: true })
  @OptionalText(5000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @OmitOrSet()
  @EmailAddress()
  contactEmail?: string;

  @Field(() => String, { nullable: true })
  @OptionalLine(50)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalLine(500)
  @IsUrl(WEBSITE, { message: 'must be an http(s) address' })
  website?: string | null;
}

@InputType('AgencyMemberInput')
export class AgencyMemberInput {
  @Field(() => ID)
  @IsId()
  agencyId!: string;

  @Field()
  @EmailAddress()
  email!: string;

  @Field()
  @NameText()
  displayName!: string;
}

@ArgsType()
export class AgenciesArgs {
  @Field(() => [AgencyStatus], { nullable: true })
  @IsOptional()
  @IsEnum(AgencyStatus, { each: true })
  statuses?: AgencyStatus[] | null;
}

@ArgsType()
export class SuspendAgencyArgs {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field()
  @NameText(1000)
  reason!: string;
}
