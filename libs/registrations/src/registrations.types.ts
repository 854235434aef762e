import type { ContactChannel, RegistrationSource } from './registration.enums';
import type { RegistrationEntity } from './registration.entity';

export interface NewRegistration {
  sessionId: string;
  name: string;
  /** EMAIL (the default) or SMS online; NONE too at the desk. */
  contactChannel?: ContactChannel | null;
  email?: string | null;
  /** E.164 or the national format of the branch's country. */
  phone?: string | null;
  smsConsent?: boolean | null;
  partySize?: number | null;
  accessibilityNeeds?: string | null;
  shareContactWithPartner?: boolean | null;
  remindersOptIn?: boolean | null;
  followUpOptIn?: boolean | null;
  /** BCP-47; default: the workshop's first language we have messages in. */
  language?: string | null;
}

/** A registration made by desk staff for a patron at the desk or on the phone. */
export interface DeskRegistration extends NewRegistration {
  contactChannel: ContactChannel;
  idempotencyKey?: string | null;
  source?: RegistrationSource | null;
}

export interface Preferences {
  shareContactWithPartner?: boolean | null;
  remindersOptIn?: boolean | null;
  followUpOptIn?: boolean | null;
  language?: string | null;
  /** false withdraws consent to texts: the registration gets no more (to be texted again, the patron registers again). */
  smsConsent?: boolean | null;
}

export interface Receipt {
  registration: RegistrationEntity;
  manageToken: string;
}
