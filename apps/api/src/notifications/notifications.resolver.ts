import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@app/identity';
import { maskEmail, NotificationChannel, NotificationsService, type NotificationEntity } from '@app/notifications';
import { maskPhone } from '@app/places';
import { RequireRole } from '../auth/access.decorators';
import { toConnection } from '../graphql/connection';
import type { GraphqlContext } from '../graphql/context';
import { DateTimeScalar } from '../graphql/scalars';
import { IdPipe } from '../validation/id.pipe';
import { RegistrationModel } from '../registrations/registration.model';
import { SessionModel } from '../workshops/session.model';
import { NotificationConnection, NotificationModel, NotificationsArgs } from './notification.model';
import { connectionCost } from '../abuse/document-cost';

/** The outbox as coordinators see it: addresses masked, patrons' details as Registration allows. */
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly outbox: NotificationsService) {}

  @Query(() => NotificationConnection, { description: 'COORDINATOR+.', complexity: connectionCost })
  @RequireRole(Role.COORDINATOR)
  async notifications(@Args() args: NotificationsArgs) {
    return toConnection(await this.outbox.list(args.filter ?? {}, args.first, args.after));
  }

  @Mutation(() => NotificationModel, { description: 'COORDINATOR+: e-mails a failed notification again.' })
  @RequireRole(Role.COORDINATOR)
  retryNotification(@Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.outbox.retry(id);
  }

  @ResolveField(() => String, { description: 'Masked, e.g. j***@example.org or +1******0123.' })
  recipient(n: NotificationEntity): string {
    if (n.channel === NotificationChannel.SMS) return n.recipient ? maskPhone(n.recipient) : '';
    return maskEmail(n.recipient);
  }

  @ResolveField(() => DateTimeScalar, { nullable: true })
  scheduledFor(n: NotificationEntity): Date {
    return n.dueAt;
  }

  @ResolveField(() => SessionModel, { nullable: true })
  session(n: NotificationEntity, _args: unknown, ctx: GraphqlContext) {
    return n.sessionId ? ctx.loaders.session.load(n.sessionId) : null;
  }

  @ResolveField(() => RegistrationModel, { nullable: true })
  registration(n: NotificationEntity, _args: unknown, ctx: GraphqlContext) {
    return n.registrationId ? ctx.loaders.registration.load(n.registrationId) : null;
  }
}
