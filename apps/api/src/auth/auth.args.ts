import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EmailAddress, Password } from '../validation/validators';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field()
  @Password()
  password!: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @Password()
  currentPassword!: string;

  @Field()
  @Password()
  newPassword!: string;
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
}
