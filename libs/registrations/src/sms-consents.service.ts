import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@app/clock';
import { transactionManagerOf } from '@app/database';
import { TemplateRenderer } from '@app/notifications';
import type { RegistrationEntity } from './registration.entity';
import { RegistrationSource } from './registration.enums';
import { ConsentAction, ConsentMethod, SmsConsentEntity } from './sms-consent.entity';

const METHOD: Record<RegistrationSource, ConsentMethod> = {
  [RegistrationSource.ONLINE]: ConsentMethod.WEB_FORM,
  [RegistrationSource.DESK]: ConsentMethod.DESK,
  [RegistrationSource.PHONE]: ConsentMethod.PHONE,
};

/** Consent records, written in the transaction of the change they record. */
@Injectable()
export class SmsConsents {
  constructor(
    private readonly renderer: TemplateRenderer,
    private readonly clock: Clock,
  ) {}

  /** Consent as the registration was made: on the web form, or given to the staff user who registered the patron. */
  given(registration: RegistrationEntity): Promise<void> {
    return this.record(registration.id, ConsentAction.GIVEN, METHOD[registration.source], registration.registeredById);
  }

  /** The patron withdrew (or gave again) consent on their own page. */
  changedByPatron(registrationId: string, action: ConsentAction): Promise<void> {
    return this.record(registrationId, action, ConsentMethod.WEB_FORM, null);
  }

  private async record(registrationId: string, action: ConsentAction, method: ConsentMethod, staffUserId: string | null): Promise<void> {
    await transactionManagerOf().getRepository(SmsConsentEntity).insert({
      id: randomUUID(),
      registrationId,
      action,
      method,
      staffUserId,
      textVersion: this.renderer.smsConsentVersion,
      recordedAt: this.clock.now(),
    });
  }
}
