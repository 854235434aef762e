import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContactChannel, RegistrationSource, RegistrationStatus } from '@app/registrations';
import { DateTimeScalar } from '../graphql/scalars';

/** Personal data and related objects are resolved in RegistrationsResolver, by viewer. */
@ObjectType('Registration')
export class RegistrationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => RegistrationStatus)
  status!: RegistrationStatus;

  @Field(() => ContactChannel)
  contactChannel!: ContactChannel;

  @Field(() => RegistrationSource)
  source!: RegistrationSource;

  @Field({ description: "BCP-47 tag of the language of this patron's messages, slip and page (one of ServiceInfo.messageLanguages)." })
  language!: string;

  @Field(() => Int, { description: 'Seats this registration holds (1 to 6).' })
  partySize!: number;

  @Field()
  shareContactWithPartner!: boolean;

  @Field()
  remindersOptIn!: boolean;

  @Field()
  followUpOptIn!: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  checkedInAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  cancelledAt!: Date | null;
}

@ObjectType('RegistrationReceipt')
export class RegistrationReceiptModel {
  @Field(() => RegistrationModel)
  registration!: RegistrationModel;

  @Field({ description: 'Secret for registrationByToken and cancelRegistration; shown once, also e-mailed.' })
  manageToken!: string;
}
