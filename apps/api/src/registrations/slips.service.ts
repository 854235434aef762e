import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import { Clock } from '@app/clock';
import { AppConfig, SecretKeys } from '@app/config';
import { notFound, unauthenticated } from '@app/errors';
import { languageOf, TemplateRenderer } from '@app/notifications';
import { PlacesService } from '@app/places';
import { canSeeSlip, RegistrationsService, SessionFacts, type RegistrationEntity, type RegistrationViewer } from '@app/registrations';
import { SessionsService, type Session } from '@app/workshops';

/** A slip link works this long, like a report's CSV link. */
const LINK_MINUTES = 10;
const HOLDER: RegistrationViewer = { owner: true, staff: false, agencyMember: false };

/**
 * The printable slip of a registration: what a patron without e-mail takes home from the desk
 * (the session, the check-in code, how to change or cancel). Its link is signed and short-lived;
 * holding it is holding the registration's token, so only its staff and its patron get one.
 */
@Injectable()
export class Slips {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly sessions: SessionsService,
    private readonly facts: SessionFacts,
    private readonly places: PlacesService,
    private readonly renderer: TemplateRenderer,
    private readonly keys: SecretKeys,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The slip's link for a viewer who may see it (canSeeSlip), else null: a signed link that works ten minutes. */
  urlFor(registration: RegistrationEntity, session: Pick<Session, 'endsAt'>, who: RegistrationViewer): string | null {
    if (!canSeeSlip(registration, who, this.ended(session))) return null;
    const expires = this.clock.now().getTime() + LINK_MINUTES * 60_000;
    return `${this.config.publicUrl}/slips/${registration.id}?expires=${expires}&signature=${this.signature(registration.id, expires)}`;
  }

  /** The slip's page for a link made by `urlFor`; a forged, altered or expired link is UNAUTHENTICATED. */
  async page(registrationId: string, expires: string | undefined, signature: string | undefined): Promise<string> {
    const at = Number(expires);
    const expected = Buffer.from(this.signature(registrationId, at));
    const given = Buffer.from(signature ?? '');
    if (!Number.isFinite(at) || expected.length !== given.length || !timingSafeEqual(expected, given))
      throw unauthenticated('This slip link is not valid');
    if (at < this.clock.now().getTime()) throw unauthenticated('This slip link has expired; print the slip again from the desk');
    const [registration] = await this.registrations.findByIds([registrationId]);
    const session = registration ? await this.sessions.findById(registration.sessionId) : null;
    // The link's holder stands as the patron does: the slip exists while the registration stands.
    if (!registration || !session || !canSeeSlip(registration, HOLDER, this.ended(session))) throw notFound('Registration');
    return this.renderer.renderSlip(languageOf({ language: registration.language }), await this.contextOf(registration, session));
  }

  private ended(session: Pick<Session, 'endsAt'>): boolean {
    return session.endsAt.getTime() <= this.clock.now().getTime();
  }

  private async contextOf(registration: RegistrationEntity, session: Session): Promise<Record<string, unknown>> {
    const facts = await this.facts.of(session);
    const branch = await this.places.findBranch(session.branchId);
    const shortLink = this.registrations.shortLinkOf(registration);
    const position = (await this.registrations.waitlistPositions([registration.id])).get(registration.id) ?? null;
    return {
      ...facts,
      status: registration.status,
      position,
      partySize: registration.partySize,
      patronName: registration.name,
      branchPhone: branch?.phone ?? null,
      shortLink,
      checkInQr: await QRCode.toString(this.registrations.manageLinkOf(registration), { type: 'svg', margin: 1 }),
      manageQr: await QRCode.toString(shortLink, { type: 'svg', margin: 1 }),
    };
  }

  private signature(registrationId: string, expires: number): string {
    return this.keys.sign('signed-link', `slip:${registrationId}:${expires}`);
  }
}
