/**
 * A forgiving check that only catches typing slips before sending (the API decides): something,
 * an @, and a domain with a dot. Each part excludes the next separator, so it runs in linear time.
 */
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export const looksLikeEmail = (value: string): boolean => LOOKS_LIKE_EMAIL.test(value.trim());
