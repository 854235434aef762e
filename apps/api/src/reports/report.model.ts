import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString } from 'class-validator';
import { ReportGrouping } from '@app/reports';
import { DateScalar } from '../graphql/scalars';
import { LIST_SIZES, listCost } from '../abuse/document-cost';
import { IsId } from '../validation/validators';

@ObjectType('ReportRow')
export class ReportRowModel {
  @Field({ description: "The agency's name, the tag, or the branch's name, by the report's grouping; 'total' for totals." })
  key!: string;

  @Field(() => ID, { nullable: true, description: "The agency's or branch's id; null for tags and totals." })
  id!: string | null;

  @Field(() => Int, { description: 'Scheduled and completed sessions starting in the period.' })
  sessions!: number;

  @Field(() => Int)
  cancelledSessions!: number;

  @Field(() => Int, { description: 'Seats of confirmed registrations in those sessions.' })
  confirmedSeats!: number;

  @Field(() => Int, { description: 'Seats still waitlisted when those sessions started (or now, for future ones).' })
  waitlistedSeats!: number;

  @Field(() => Int, { description: 'Seats of checked-in registrations.' })
  checkedInSeats!: number;

  @Field(() => Int)
  walkIns!: number;

  @Field(() => Float, { nullable: true, description: 'checkedInSeats / confirmedSeats over completed sessions; null when there are none.' })
  attendanceRate!: number | null;
}

@ObjectType('ProgramReport')
export class ProgramReportModel {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field(() => ReportGrouping)
  groupedBy!: ReportGrouping;

  @Field(() => [ReportRowModel], { complexity: listCost(LIST_SIZES.reportRows) })
  rows!: ReportRowModel[];

  @Field(() => ReportRowModel, {
    description: "Over distinct sessions: with TAG grouping a session counts in each of its tags' rows but once here.",
  })
  totals!: ReportRowModel;

  @Field({ description: 'The same report as CSV, for a browser: a signed link valid for 10 minutes.' })
  csvUrl!: string;
}

@ArgsType()
export class ProgramReportArgs {
  @Field(() => DateScalar)
  @IsString()
  from!: string;

  @Field(() => DateScalar)
  @IsString()
  to!: string;

  @Field(() => ReportGrouping, { nullable: true, defaultValue: ReportGrouping.AGENCY })
  @IsOptional()
  @IsEnum(ReportGrouping)
  groupBy?: ReportGrouping | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  branchId?: string | null;
}

@ArgsType()
export class AgencyReportArgs {
  @Field(() => ID)
  @IsId()
  agencyId!: string;

  @Field(() => DateScalar)
  @IsString()
  from!: string;

  @Field(() => DateScalar)
  @IsString()
  to!: string;
}
