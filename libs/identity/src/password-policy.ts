import { badInput } from '@app/errors';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Length is what matters for a password; no composition rules (NIST SP 800-63B). */
export function assertPasswordAcceptable(password: string, field: string): void {
  if (password.length < PASSWORD_MIN) throw badInput(field, `must be at least ${PASSWORD_MIN} characters`);
  if (password.length > PASSWORD_MAX) throw badInput(field, `must be at most ${PASSWORD_MAX} characters`);
}
