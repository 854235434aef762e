import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageArgs } from '../graphql/page-args';
import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { NotificationChannel, NotificationKind, NotificationStatus } from '@app/notifications';
import { Connection } from '../graphql/connection';
import { DateTimeScalar } from '../graphql/scalars';
import { MaxItems, IsId } from '../validation/validators';

/** `recipient` (masked), `session` and `registration` are resolved in NotificationsResolver. */
@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationChannel)
  channel!: NotificationChannel;

  @Field(() => NotificationStatus)
  status!: NotificationStatus;

  @Field()
  subject!: string;

  @Field(() => Int)
  attempts!: number;

  @Field(() => DateTimeScalar, { nullable: true })
  sentAt!: Date | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends Connection(NotificationModel, 'Notification') {}

@InputType('NotificationFilter')
export class NotificationFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  sessionId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  registrationId?: string | null;

  @Field(() => [NotificationKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @MaxItems(20)
  @IsEnum(NotificationKind, { each: true })
  kinds?: NotificationKind[] | null;

  @Field(() => [NotificationStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @MaxItems(10)
  @IsEnum(NotificationStatus, { each: true })
  statuses?: NotificationStatus[] | null;
}

@ArgsType()
export class NotificationsArgs extends PageArgs(50) {
  @Field(() => NotificationFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NotificationFilterInput)
  filter?: NotificationFilterInput | null;
}
