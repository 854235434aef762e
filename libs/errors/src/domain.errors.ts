import { ErrorCode } from './error-code';

/** Shaped like the contract's BookingConflict; carried by CONFLICT errors. */
export interface ConflictDetail {
  reason: string;
  roomId: string | null;
  startsAt: Date;
  endsAt: Date;
  conflictingBookingId: string | null;
  sessionId: string | null;
  message: string;
}

export interface DomainErrorDetails {
  /** Field path → message, for BAD_USER_INPUT. */
  fields?: Record<string, string>;
  /** For CONFLICT about rooms, times or seats. */
  conflicts?: ConflictDetail[];
  /** For RATE_LIMITED: when the next attempt will be counted. */
  retryAfterSeconds?: number;
  /** For UNAUTHENTICATED: the browser's session cookie stopped working (expired or revoked). */
  sessionEnded?: boolean;
  /** For ALREADY_REGISTERED at the desk: the patron's live registration, for staff to open. */
  registrationId?: string | null;
}

/**
 * An error the product means to report to the client. Its code becomes `extensions.code`;
 * anything that is not a DomainError reaches clients as INTERNAL with a generic message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string): DomainError => new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);

export const forbidden = (message = 'You are not allowed to do this'): DomainError => new DomainError(ErrorCode.FORBIDDEN, message);

export const unauthenticated = (message = 'Sign in first', details: DomainErrorDetails = {}): DomainError =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message, details);

export const invalidState = (message: string): DomainError => new DomainError(ErrorCode.INVALID_STATE, message);

export const badInput = (field: string, message: string): DomainError =>
  new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { fields: { [field]: message } });

/** Several invalid fields at once; the message names the first. */
export const badInputs = (fields: Record<string, string>): DomainError => {
  const [first] = Object.entries(fields);
  return new DomainError(ErrorCode.BAD_USER_INPUT, first ? `${first[0]}: ${first[1]}` : 'Invalid input', { fields });
};

export const conflict = (message: string, conflicts?: ConflictDetail[]): DomainError =>
  new DomainError(ErrorCode.CONFLICT, message, conflicts ? { conflicts } : {});
