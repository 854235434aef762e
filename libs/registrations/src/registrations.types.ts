import type { ContactChannel, RegistrationSource } from './registration.enums';
import type { RegistrationEntity } from './registration.entity';

export interface NewRegistration {
  sessionId: string;
  name: string;
  email: string;
  partySize?: number | null;
  accessibilityNeeds?: string | null;
  shareContactWithPartner?: boolean | null;
  remindersOptIn?: boolean | null;
  followUpOptIn?: boolean | null;
  /** BCP-47; default: the workshop's first language we have messages in. */
  language?: string | null;
}

/** A registration made by desk staff for a patron at the desk or on the phone. */
export interface DeskRegistration extends Omit<NewRegistration, 'email'> {
  contactChannel: ContactChannel;
  email?: string | null;
  phone?: string | null;
  idempotencyKey?: string | null;
  source?: RegistrationSource | null;
}

export interface Preferences {
  shareContactWithPartner?: boolean | null;
  remindersOptIn?: boolean | null;
  followUpOptIn?: boolean | null;
  language?: string | null;
}

export interface Receipt {
  registration: RegistrationEntity;
  manageToken: string;
}
