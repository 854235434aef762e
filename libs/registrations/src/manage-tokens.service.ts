import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SecretKeys } from '@app/config';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** A short link's code: 12 characters of base64url, 72 bits. */
const SHORT_CODE = /^[A-Za-z0-9_-]{12}$/;

/**
 * Manage-link tokens: 256 bits, an HMAC of the registration's id and random salt under a key
 * derived from APP_SECRET. The database keeps the salt and the token's SHA-256 only, so a dump
 * alone yields no working token, and later messages can carry the same link.
 */
@Injectable()
export class ManageTokens {
  constructor(private readonly keys: SecretKeys) {}

  newSalt(): string {
    return randomBytes(16).toString('hex');
  }

  tokenOf(registration: { id: string; manageTokenSalt: string }): string {
    return this.keys.sign('manage-link', `${registration.id}.${registration.manageTokenSalt}`);
  }

  /**
   * The code of the registration's short link (`/r/<code>`, for texts and slips, where the full
   * link is too long): 72 bits of another HMAC, as secret as the token it leads to, derived the
   * same way so it is never stored.
   */
  shortCodeOf(registration: { id: string; manageTokenSalt: string }): string {
    return this.keys.sign('short-link', `${registration.id}.${registration.manageTokenSalt}`).slice(0, 12);
  }

  /** The hash to look a short link's code up by; null for anything that cannot be one. */
  static shortCodeHash(code: string): string | null {
    return SHORT_CODE.test(code) ? ManageTokens.hash(code) : null;
  }

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  /** The hash to look a presented token up by; null for anything that cannot be a token. */
  static lookupHash(token: string): string | null {
    return TOKEN.test(token) ? ManageTokens.hash(token) : null;
  }

  /** Checks a presented token against the registration it was looked up by (constant time). */
  matches(token: string, registration: { id: string; manageTokenSalt: string }): boolean {
    const expected = Buffer.from(this.tokenOf(registration));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
