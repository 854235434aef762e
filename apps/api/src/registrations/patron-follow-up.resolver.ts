import { Args, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Role, type Viewer } from '@app/identity';
import { PatronFollowUp } from '@app/registrations';
import { connectionCost } from '../abuse/document-cost';
import { RequireRole, SignedIn } from '../auth/access.decorators';
import { Connection, toConnection } from '../graphql/connection';
import { IdPipe } from '../validation/id.pipe';
import { RegistrationsArgs } from './registration.inputs';
import { RegistrationModel } from './registration.model';

@ObjectType('RegistrationConnection')
export class RegistrationConnection extends Connection(RegistrationModel, 'Registration') {}

/** The desk's follow-up: registrations across sessions, and "the patron knows now". */
@Resolver(() => RegistrationModel)
export class PatronFollowUpResolver {
  constructor(private readonly followUp: PatronFollowUp) {}

  @Query(() => RegistrationConnection, {
    description:
      'STAFF (their branches) and COORDINATOR+: registrations across sessions, by the session\'s start and then arrival; with notNotifiedOnly, the patrons the desk should call ("promoted, not notified").',
    complexity: connectionCost,
  })
  @RequireRole(Role.STAFF)
  async registrations(@SignedIn() viewer: Viewer, @Args() args: RegistrationsArgs) {
    return toConnection(await this.followUp.search(viewer, args.filter, args.first, args.after));
  }

  @Mutation(() => RegistrationModel, {
    description:
      "STAFF of the session's branch and COORDINATOR+: the desk told the patron (called them, or they came by); patronNotified becomes true.",
  })
  @RequireRole(Role.STAFF)
  markPatronNotified(@SignedIn() viewer: Viewer, @Args('registrationId', { type: () => ID }, IdPipe) registrationId: string) {
    return this.followUp.markNotified(viewer, registrationId);
  }
}
