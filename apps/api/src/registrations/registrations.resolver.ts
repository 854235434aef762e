import { RateLimited } from '../abuse/rate-limit.guard';
import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import QRCode from 'qrcode';
import { AppConfig } from '@app/config';
import { isCoordinatorPlus, isMemberOf, Role, worksDeskAt, type Viewer } from '@app/identity';
import { maskPhone } from '@app/places';
import {
  agencyMembershipMatters,
  canSeeAccessibilityNeeds,
  canSeeCheckInCode,
  canSeeRegistrantContact,
  AttendanceService,
  RegistrationsService,
  RegistrationStatus,
  SessionRegistrationService,
  type RegistrationEntity,
  type RegistrationViewer,
} from '@app/registrations';
import { Public, RequireRole, SignedIn } from '../auth/access.decorators';
import type { GraphqlContext } from '../graphql/context';
import { DateTimeScalar } from '../graphql/scalars';
import { IdPipe } from '../validation/id.pipe';
import { SessionModel } from '../workshops/session.model';
import {
  DeskRegistrationInput,
  RegisterInput,
  RegistrationPreferencesInput,
  RegistrationWindowArgs,
  SessionCapacityArgs,
  TokenArgs,
  WalkInsArgs,
} from './registration.inputs';
import { RegistrationModel, RegistrationReceiptModel } from './registration.model';
import { UserModel } from '../users/user.model';
import { Slips } from './slips.service';

@Resolver(() => RegistrationModel)
export class RegistrationsResolver {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly attendance: AttendanceService,
    private readonly sessionRegistration: SessionRegistrationService,
    private readonly config: AppConfig,
    private readonly slips: Slips,
  ) {}

  @Query(() => RegistrationModel, { nullable: true, description: "The patron's own registration, by its secret token." })
  @Public()
  @RateLimited('manage-token')
  async registrationByToken(@Args() args: TokenArgs, @Context() ctx: GraphqlContext) {
    return this.asOwner(ctx, await this.registrations.findByToken(args.token));
  }

  @Mutation(() => RegistrationReceiptModel, {
    description:
      'Anyone, while registration is open: CONFIRMED when the party fits, else WAITLISTED. An address with a live registration for the session fails with ALREADY_REGISTERED and the manage link is e-mailed again (at most once per address and session in 10 minutes); after a cancellation the address may register again.',
  })
  @Public()
  @RateLimited('register')
  async registerForSession(@Args('input') input: RegisterInput, @Context() ctx: GraphqlContext) {
    const receipt = await this.registrations.register(input);
    this.asOwner(ctx, receipt.registration);
    return receipt;
  }

  @Mutation(() => RegistrationReceiptModel, {
    description:
      'STAFF for sessions at their branches, COORDINATOR+ for any: SCHEDULED sessions, from scheduling until the session ends (the registration window does not apply), exempt from RATE_LIMIT_PER_MINUTE and the resend limit; otherwise as registerForSession, and a party that does not fit is WAITLISTED. A live registration of the session with the same e-mail address or phone number is ALREADY_REGISTERED with extensions.registrationId, and nothing is sent (NONE registrations without a phone are never duplicates). NONE registrations get no messages at all. SMS is BAD_USER_INPUT while no text-message gateway is configured.',
  })
  @RequireRole(Role.STAFF)
  async registerAtDesk(@SignedIn() viewer: Viewer, @Args('input') input: DeskRegistrationInput) {
    // The receipt is read as staff read it (they registered the patron), not as the token's holder.
    return this.registrations.registerAtDesk(viewer, input);
  }

  @Mutation(() => RegistrationModel, { description: 'The patron, by token.' })
  @Public()
  @RateLimited('manage-token')
  async updateRegistrationPreferences(
    @Args() args: TokenArgs,
    @Args('input') input: RegistrationPreferencesInput,
    @Context() ctx: GraphqlContext,
  ) {
    return this.asOwner(ctx, await this.registrations.updatePreferences(args.token, input));
  }

  @Mutation(() => RegistrationModel, {
    description:
      'The patron, by token, before the session starts: frees the seats and promotes from the waitlist. Cancelling twice is INVALID_STATE.',
  })
  @Public()
  @RateLimited('manage-token')
  async cancelRegistration(@Args() args: TokenArgs, @Context() ctx: GraphqlContext) {
    return this.asOwner(ctx, await this.registrations.cancelByToken(args.token));
  }

  @Mutation(() => RegistrationModel, { description: "COORDINATOR+, or STAFF of the session's branch." })
  @RequireRole(Role.STAFF)
  cancelRegistrationById(@SignedIn() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.registrations.cancelById(viewer, id);
  }

  @Mutation(() => RegistrationModel, {
    description:
      "COORDINATOR+, the agency's members, or STAFF of the session's branch, from an hour before the start to the end of the session's local day. Checking in twice keeps the first time.",
  })
  @RequireRole(Role.PARTNER)
  checkIn(@SignedIn() viewer: Viewer, @Args('registrationId', { type: () => ID }, IdPipe) registrationId: string) {
    return this.attendance.checkIn(viewer, registrationId);
  }

  @Mutation(() => RegistrationModel, {
    description:
      "As checkIn, with the token from the patron's manage link (shown as a QR code): works for registrations the agency cannot see.",
  })
  @RequireRole(Role.PARTNER)
  checkInByToken(@SignedIn() viewer: Viewer, @Args() args: TokenArgs) {
    return this.attendance.checkInByToken(viewer, args.token);
  }

  @Mutation(() => RegistrationModel, { description: 'As checkIn.' })
  @RequireRole(Role.PARTNER)
  undoCheckIn(@SignedIn() viewer: Viewer, @Args('registrationId', { type: () => ID }, IdPipe) registrationId: string) {
    return this.attendance.undoCheckIn(viewer, registrationId);
  }

  @Mutation(() => SessionModel, {
    description:
      "COORDINATOR+, the agency's members, or STAFF of the session's branch: sets the number of people who came without registering.",
  })
  @RequireRole(Role.PARTNER)
  recordWalkIns(@SignedIn() viewer: Viewer, @Args() args: WalkInsArgs) {
    return this.attendance.recordWalkIns(viewer, args.sessionId, args.count);
  }

  @Mutation(() => SessionModel, { description: 'COORDINATOR+: null fields fall back to the settings.' })
  @RequireRole(Role.COORDINATOR)
  setRegistrationWindow(@Args() args: RegistrationWindowArgs) {
    return this.sessionRegistration.setWindow(args.sessionId, args.opensAt ?? null, args.closesAt ?? null);
  }

  @Mutation(() => SessionModel, {
    description:
      "COORDINATOR+. Raising it promotes waitlisted registrations; it cannot drop below seats taken or exceed the room's capacity.",
  })
  @RequireRole(Role.COORDINATOR)
  setSessionCapacity(@Args() args: SessionCapacityArgs) {
    return this.sessionRegistration.setCapacity(args.id, args.capacity);
  }

  @ResolveField(() => SessionModel)
  session(registration: RegistrationEntity, _args: unknown, ctx: GraphqlContext) {
    return ctx.loaders.session.load(registration.sessionId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The name the patron chose to give; may be a first name only. Null once purged, and for viewers who may not see it.',
  })
  async name(registration: RegistrationEntity, _args: unknown, ctx: GraphqlContext) {
    return (await this.canSeeContact(registration, ctx.viewer, ctx)) ? registration.name : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Null once purged, and for viewers who may not see it.' })
  async email(registration: RegistrationEntity, _args: unknown, ctx: GraphqlContext) {
    return (await this.canSeeContact(registration, ctx.viewer, ctx)) ? registration.email : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "COORDINATOR+ and STAFF of the session's branch (who prepare the room), and the patron, by token.",
  })
  async accessibilityNeeds(registration: RegistrationEntity, _args: unknown, ctx: GraphqlContext) {
    return canSeeAccessibilityNeeds(registration, await this.standing(registration, ctx, false)) ? registration.accessibilityNeeds : null;
  }

  @ResolveField(() => Int, { nullable: true, description: '1-based place in line while WAITLISTED.' })
  waitlistPosition(registration: RegistrationEntity, _args: unknown, ctx: GraphqlContext) {
    return registration.status === RegistrationStatus.WAITLISTED ? ctx.loaders.waitlistPosition.load(registration.id) : null;
  }

  @ResolveField(() => Boolean, { description: 'True once personal data was removed after the retention period.' })
  purged(registration: RegistrationEntity) {
    return registration.purgedAt !== null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'For the patron (by token): an SVG QR code of their manage link, which staff scan to check them in.',
  })
  async checkInCode(registration: RegistrationEntity, _args: unknown, ctx: GraphqlContext) {
    if (!canSeeCheckInCode(registration, await this.standing(registration, ctx, false))) return null;
    return QRCode.toString(this.registrations.manageLinkOf(registration), { type: 'svg', margin: 2 });
  }

  @ResolveField(() => UserModel, {
    nullable: true,
    description:
      "STAFF of the session's branch and COORDINATOR+: the staff user who registered the patron at the desk or by phone; null for ONLINE registrations and for others.",
  })
  async registeredBy(registration: RegistrationEntity, _args: unknown, ctx: GraphqlContext) {
    if (!registration.registeredById || !(await this.isLibraryStaffFor(registration, ctx.viewer, ctx))) return null;
    return ctx.loaders.user.load(registration.registeredById);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "E.164, e.g. +13125550123: a call-back number (NONE, never texted). COORDINATOR+ and STAFF of the session's branch; the token's holder sees it masked (+1******0123); agency members never; null once purged.",
  })
  async phone(registration: RegistrationEntity, _args: unknown, ctx: GraphqlContext) {
    if (!registration.phone) return null;
    if (await this.isLibraryStaffFor(registration, ctx.viewer, ctx)) return registration.phone;
    return ctx.patronOf.has(registration.id) ? maskPhone(registration.phone) : null;
  }

  @ResolveField(() => DateTimeScalar, {
    nullable: true,
    description:
      "STAFF of the session's branch and COORDINATOR+: when the registration last moved from WAITLISTED to CONFIRMED; null for others.",
  })
  async promotedAt(registration: RegistrationEntity, _args: unknown, ctx: GraphqlContext) {
    return (await this.isLibraryStaffFor(registration, ctx.viewer, ctx)) ? registration.promotedAt : null;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      "STAFF of the session's branch and COORDINATOR+: false while the patron may not know the current status (a NONE registration, or the latest status message not SENT), until markPatronNotified; null for others.",
  })
  async patronNotified(registration: RegistrationEntity, _args: unknown, ctx: GraphqlContext) {
    return (await this.isLibraryStaffFor(registration, ctx.viewer, ctx)) ? ctx.loaders.patronNotified.load(registration.id) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "A printable slip (HTML, print-ready, in the registration's language): the session, the check-in code, how to change or cancel (the manage link: seeing slipUrl equals holding the token). A signed link valid for 10 minutes, for STAFF of the session's branch, COORDINATOR+ and the token's holder, while the registration is CONFIRMED or WAITLISTED and the session has not ended; null otherwise.",
  })
  async slipUrl(registration: RegistrationEntity, _args: unknown, ctx: GraphqlContext) {
    const session = await ctx.loaders.session.load(registration.sessionId);
    return session ? this.slips.urlFor(registration, session, await this.standing(registration, ctx, false)) : null;
  }

  private asOwner<T extends RegistrationEntity | null>(ctx: GraphqlContext, registration: T): T {
    if (registration) ctx.patronOf.add(registration.id);
    return registration;
  }

  /** How this request's viewer stands to the registration (the rules are in registration.policy.ts). */
  private async standing(registration: RegistrationEntity, ctx: GraphqlContext, agencyMember: boolean): Promise<RegistrationViewer> {
    return { owner: ctx.patronOf.has(registration.id), staff: await this.isLibraryStaffFor(registration, ctx.viewer, ctx), agencyMember };
  }

  /** COORDINATOR+, or desk staff of the registration's branch (the session is read only for them). */
  private async isLibraryStaffFor(registration: RegistrationEntity, viewer: Viewer | null, ctx: GraphqlContext): Promise<boolean> {
    if (isCoordinatorPlus(viewer)) return true;
    if (viewer?.role !== Role.STAFF) return false;
    const session = await ctx.loaders.session.load(registration.sessionId);
    return worksDeskAt(viewer, session?.branchId ?? null);
  }

  private async canSeeContact(registration: RegistrationEntity, viewer: Viewer | null, ctx: GraphqlContext): Promise<boolean> {
    let agencyMember = false;
    if (viewer && agencyMembershipMatters(registration, viewer.agencyId)) {
      const session = await ctx.loaders.session.load(registration.sessionId);
      const workshop = session ? await ctx.loaders.workshopOf(session) : null;
      agencyMember = !!workshop && isMemberOf(viewer, workshop.agencyId);
    }
    return canSeeRegistrantContact(registration, await this.standing(registration, ctx, agencyMember));
  }
}
