import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Weekday } from '@app/places';
import { DateScalar, LocalTimeScalar } from '../graphql/scalars';
import { LIST_SIZES, listCost } from '../abuse/document-cost';

@ObjectType('OpeningHours')
export class OpeningHoursModel {
  @Field(() => Weekday)
  weekday!: Weekday;

  @Field(() => LocalTimeScalar)
  opens!: string;

  @Field(() => LocalTimeScalar, { description: 'After opens.' })
  closes!: string;
}

@ObjectType('Closure')
export class ClosureModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Inclusive.' })
  endsOn!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('ProgrammingLimits')
export class ProgrammingLimitsModel {
  @Field(() => Int, {
    nullable: true,
    description: "Most scheduled partner sessions the branch's staff can host on one local day; null: no limit.",
  })
  maxSessionsPerDay!: number | null;

  @Field(() => Int, { nullable: true, description: 'Most scheduled sessions per ISO week that end after eveningStartsAt; null: no limit.' })
  maxEveningSessionsPerWeek!: number | null;

  @Field(() => LocalTimeScalar)
  eveningStartsAt!: string;
}

/** Rooms, closures and limits are resolved in BranchesResolver. */
@ObjectType('Branch')
export class BranchModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'IANA time zone, e.g. America/Chicago.' })
  timeZone!: string;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. US: phone numbers given in national format are read in this country.' })
  country!: string;

  @Field(() => String, { nullable: true, description: "The branch's public phone number, in E.164 (+13125550100)." })
  phone!: string | null;

  @Field(() => [OpeningHoursModel], { complexity: listCost(LIST_SIZES.openingHours) })
  openingHours!: OpeningHoursModel[];
}
