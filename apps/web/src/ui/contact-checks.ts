/**
 * Forgiving checks that only catch typing slips before sending (the API decides). An e-mail
 * address: something, an @, and a domain with a dot; each part excludes the next separator, so
 * it runs in linear time.
 */
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export const looksLikeEmail = (value: string): boolean => LOOKS_LIKE_EMAIL.test(value.trim());

/** Enough digits for a phone number anywhere; the API reads it in the branch's country and says more. */
export const looksLikePhone = (value: string): boolean => value.replace(/\D/g, '').length >= 7;

/** The largest party one registration holds (the API's rule too). */
export const MAX_PARTY = 6;
