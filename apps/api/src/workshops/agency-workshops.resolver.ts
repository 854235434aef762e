import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Viewer } from '@app/identity';
import { WorkshopOrder, WorkshopsService } from '@app/workshops';
import { CurrentViewer } from '../auth/access.decorators';
import { toConnection } from '../graphql/connection';
import { AgencyModel } from '../partners/agency.model';
import { AgencyWorkshopsArgs } from './workshop.inputs';
import { WorkshopConnection } from './workshop.model';
import { connectionCost } from '../abuse/document-cost';

@Resolver(() => AgencyModel)
export class AgencyWorkshopsResolver {
  constructor(private readonly workshopsService: WorkshopsService) {}

  @ResolveField(() => WorkshopConnection, { description: 'Others see APPROVED and CANCELLED workshops only.', complexity: connectionCost })
  async workshops(@Parent() agency: { id: string }, @CurrentViewer() viewer: Viewer | null, @Args() args: AgencyWorkshopsArgs) {
    const page = await this.workshopsService.list(
      viewer,
      { agencyId: agency.id, statuses: args.statuses },
      WorkshopOrder.UPDATED_AT_DESC,
      args.first,
      args.after,
    );
    return toConnection(page);
  }
}
