import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RoomFeature } from '@app/places';

/** The branch is resolved in RoomsResolver. */
@ObjectType('Room')
export class RoomModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => [RoomFeature])
  features!: RoomFeature[];

  @Field(() => Int, { description: 'Kept free before each booking (set-up), in minutes.' })
  setupMinutes!: number;

  @Field(() => Int, { description: 'Kept free after each booking (clean-up), in minutes.' })
  cleanupMinutes!: number;

  @Field()
  active!: boolean;
}
