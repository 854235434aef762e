import { isSupportedCountry, parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js/max';
import { badInput } from '@app/errors';

/** An ISO 3166-1 alpha-2 code the phone-number metadata knows (every country with a numbering plan), upper case. */
export function checkCountry(country: string, field = 'input.country'): CountryCode {
  const code = country.trim().toUpperCase();
  if (!isSupportedCountry(code)) throw badInput(field, 'must be a two-letter country code such as US');
  return code;
}

/**
 * A phone number in E.164 (+13125550123), read in `country` when it is written in that
 * country's national format; a number that cannot exist there is BAD_USER_INPUT on `field`.
 */
export function toE164(raw: string, country: CountryCode, field: string): string {
  try {
    const number = parsePhoneNumberWithError(raw, country);
    if (number.isValid()) return number.number;
  } catch {
    // Not a number at all: the same answer as a number that cannot exist.
  }
  throw badInput(field, `must be a phone number, in international format or as written in ${country}`);
}

/** Number types that may receive texts; a US number is usually "fixed line or mobile" (the plan does not tell them apart). */
const TEXTABLE = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/**
 * A number to text, in E.164: as toE164, and one that can receive texts (not a landline, a
 * toll-free or premium-rate number), else BAD_USER_INPUT on `field`.
 */
export function toMobileE164(raw: string, country: CountryCode, field: string): string {
  const e164 = toE164(raw, country, field);
  const type = parsePhoneNumberWithError(e164).getType();
  if (type && !TEXTABLE.has(type)) throw badInput(field, 'must be a mobile number that can receive text messages, not a landline');
  return e164;
}

/**
 * A number as the patron holding its registration's token sees it: the country code and the last
 * four digits (+1******0123), so that a leaked manage link does not give the number away.
 */
export function maskPhone(e164: string): string {
  const callingCode = parsePhoneNumberWithError(e164).countryCallingCode;
  const national = e164.slice(1 + callingCode.length);
  return `+${callingCode}${'*'.repeat(Math.max(0, national.length - 4))}${national.slice(-4)}`;
}
