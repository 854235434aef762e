import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { EmailAddress, Password } from '../validation/validators';

/** The optional argument of the mutations that sign someone in. */
export const USE_COOKIE = 'Also keep the session in an httpOnly, SameSite=Strict cookie, for browsers (the web app).';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field()
  @Password()
  password!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: USE_COOKIE })
  @IsOptional()
  @IsBoolean()
  useCookie?: boolean | null;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @Password()
  currentPassword!: string;

  @Field()
  @Password()
  newPassword!: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "Renew the browser's session cookie, so that this session goes on (every other one ends).",
  })
  @IsOptional()
  @IsBoolean()
  useCookie?: boolean | null;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @EmailAddress()
  email!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token!: string;

  @Field()
  @Password()
  newPassword!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: USE_COOKIE })
  @IsOptional()
  @IsBoolean()
  useCookie?: boolean | null;
}
