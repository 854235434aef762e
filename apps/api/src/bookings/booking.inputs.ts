import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { BookingKind } from '@app/bookings';
import { RoomFeature } from '@app/places';
import { DateTimeScalar } from '../graphql/scalars';
import { OptionalText, EnumList, IsId } from '../validation/validators';

@InputType('BookRoomInput')
export class BookRoomInput {
  @Field(() => ID)
  @IsId()
  roomId!: string;

  @Field(() => DateTimeScalar)
  @IsDate()
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  @IsDate()
  endsAt!: Date;

  @Field(() => BookingKind, {
    nullable: true,
    defaultValue: BookingKind.INTERNAL,
    description: 'INTERNAL or MAINTENANCE; SESSION is BAD_USER_INPUT (sessions are booked by approval).',
  })
  @IsOptional()
  @IsEnum(BookingKind)
  kind?: BookingKind | null;

  @Field(() => String, { nullable: true })
  @OptionalText(1000)
  note?: string | null;
}

@InputType('AvailableRoomsInput')
export class AvailableRoomsInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  branchId?: string | null;

  @Field(() => DateTimeScalar)
  @IsDate()
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  @IsDate()
  endsAt!: Date;

  @Field(() => Int, { nullable: true, defaultValue: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  minCapacity?: number | null;

  @Field(() => [RoomFeature], { nullable: true, defaultValue: [] })
  @IsOptional()
  @EnumList(RoomFeature)
  features?: RoomFeature[] | null;
}

@ArgsType()
export class CheckAvailabilityArgs {
  @Field(() => ID)
  @IsId()
  roomId!: string;

  @Field(() => DateTimeScalar)
  @IsDate()
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  @IsDate()
  endsAt!: Date;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  ignoreSessionId?: string | null;
}

@ArgsType()
export class WindowArgs {
  @Field(() => DateTimeScalar)
  @IsDate()
  from!: Date;

  @Field(() => DateTimeScalar)
  @IsDate()
  to!: Date;
}
