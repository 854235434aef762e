import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DateTimeScalar } from '../graphql/scalars';
import { EmailAddress, NameText, OptionalText, IsId } from '../validation/validators';

@InputType('RegisterInput')
export class RegisterInput {
  @Field(() => ID)
  @IsId()
  sessionId!: string;

  @Field({ description: '1 to 200 characters.' })
  @NameText(200)
  name!: string;

  @Field()
  @EmailAddress()
  email!: string;

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
