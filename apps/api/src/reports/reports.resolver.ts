import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, type Viewer } from '@app/identity';
import { ReportGrouping, ReportsService } from '@app/reports';
import { RequireRole, SignedIn } from '../auth/access.decorators';
import { AgencyReportArgs, ProgramReportArgs, ProgramReportModel } from './report.model';

@Resolver(() => ProgramReportModel)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Query(() => ProgramReportModel, { description: 'COORDINATOR+.' })
  @RequireRole(Role.COORDINATOR)
  programReport(@Args() args: ProgramReportArgs) {
    return this.reports.program({ from: args.from, to: args.to, groupBy: args.groupBy ?? ReportGrouping.AGENCY, branchId: args.branchId });
  }

  @Query(() => ProgramReportModel, {
    description: "Members of the agency, and COORDINATOR+: the agency's own outcomes, e.g. for its funders.",
  })
  @RequireRole(Role.PARTNER)
  agencyReport(@SignedIn() viewer: Viewer, @Args() args: AgencyReportArgs) {
    return this.reports.agency(viewer, args.agencyId, args.from, args.to);
  }
}
