import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '../graphql/page-args';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Role } from '@app/identity';
import { EmailAddress, NameText, OmitOrSet, OptionalLine, MaxItems, IsId, IsIdList } from '../validation/validators';

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field()
  @EmailAddress()
  email!: string;

  @Field()
  @NameText()
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'When omitted, the user is e-mailed an invitation to set one.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  password?: string | null;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for PARTNER users.' })
  @IsOptional()
  @IsId()
  agencyId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description: 'COORDINATOR users: empty means every branch. STAFF users: at least one branch, else BAD_USER_INPUT.',
  })
  @IsOptional()
  @IsArray()
  @MaxItems(100)
  @IsIdList()
  branchIds?: string[] | null;
}

@InputType('UpdateUserInput')
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @OmitOrSet()
  @NameText()
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @OmitOrSet()
  @IsEnum(Role)
  role?: Role;

  @Field(() => [ID], { nullable: true })
  @OmitOrSet()
  @IsArray()
  @MaxItems(100)
  @IsIdList()
  branchIds?: string[];
}

@InputType('UserFilter')
export class UserFilterInput {
  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @IsEnum(Role, { each: true })
  roles?: Role[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  agencyId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Matches e-mail and display name.' })
  @OptionalLine(200)
  text?: string | null;
}

@ArgsType()
export class UsersArgs extends PageArgs(50) {
  @Field(() => UserFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilterInput)
  filter?: UserFilterInput | null;
}
