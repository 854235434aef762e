import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/identity';
import { Connection } from '../graphql/connection';
import { DateTimeScalar } from '../graphql/scalars';

/** A staff or partner account. Related objects and restricted fields are resolved in UsersResolver. */
@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  active!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType('UserConnection')
export class UserConnection extends Connection(UserModel, 'User') {}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field()
  accessToken!: string;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;
}
