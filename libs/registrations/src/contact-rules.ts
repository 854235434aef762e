import { badInput } from '@app/errors';
import { checkCountry, toE164, toMobileE164 } from '@app/places';
import { ContactChannel } from './registration.enums';

/** How a patron asked to be reached, as an input gives it. */
export interface ContactRequest {
  contactChannel?: ContactChannel | null;
  email?: string | null;
  phone?: string | null;
  smsConsent?: boolean | null;
}

/** The one way a registration reaches its patron: only the chosen channel's address is kept. */
export interface Contact {
  channel: ContactChannel;
  email: string | null;
  /** E.164: the number texted (SMS), or a call-back number (NONE). */
  phone: string | null;
}

/**
 * Checks the channel against what it needs, and reads the number in the branch's country: EMAIL
 * needs an address, SMS a mobile number, the patron's consent and a configured gateway, NONE
 * (desk and phone only) at most a call-back number.
 */
export function contactOf(request: ContactRequest, where: { country: string; smsAvailable: boolean; atDesk: boolean }): Contact {
  const channel = request.contactChannel ?? ContactChannel.EMAIL;
  const email = request.email?.trim().toLowerCase() || null;
  const rawPhone = request.phone?.trim() || null;
  if (channel === ContactChannel.NONE && !where.atDesk)
    throw badInput('input.contactChannel', 'is EMAIL or SMS here; NONE is for registration at the desk');
  if (channel !== ContactChannel.EMAIL && email)
    throw badInput('input.email', 'is only for EMAIL registrations: only the chosen channel’s address is kept');
  if (channel === ContactChannel.EMAIL) {
    if (!email) throw badInput('input.email', 'is required for EMAIL registrations');
    if (rawPhone) throw badInput('input.phone', 'is only for SMS and NONE registrations');
    return { channel, email, phone: null };
  }
  const country = checkCountry(where.country);
  if (channel === ContactChannel.NONE) return { channel, email: null, phone: rawPhone ? toE164(rawPhone, country, 'input.phone') : null };
  if (!where.smsAvailable) throw badInput('input.contactChannel', 'text messages are not available: no text-message gateway is configured');
  if (!rawPhone) throw badInput('input.phone', 'is required for SMS registrations');
  const phone = toMobileE164(rawPhone, country, 'input.phone');
  if (request.smsConsent !== true)
    throw badInput('input.smsConsent', 'must be true: the patron agrees to text messages about this registration');
  return { channel, email: null, phone };
}
