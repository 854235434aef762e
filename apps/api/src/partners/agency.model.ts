import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyKind, AgencyStatus } from '@app/partners';
import { DateTimeScalar } from '../graphql/scalars';

/** Restricted fields (contact, status reason, members) are resolved in AgenciesResolver. */
@ObjectType('PartnerAgency')
export class AgencyModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => AgencyKind)
  kind!: AgencyKind;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => AgencyStatus)
  status!: AgencyStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}
