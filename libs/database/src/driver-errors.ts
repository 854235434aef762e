import { DomainError, ErrorCode } from '@app/errors';

/** MySQL/MariaDB server error numbers the service reacts to. */
export const MysqlError = {
  DUPLICATE_ENTRY: 1062,
  NO_REFERENCED_ROW: 1452,
  ROW_IS_REFERENCED: 1451,
  LOCK_WAIT_TIMEOUT: 1205,
  DEADLOCK: 1213,
  DATA_TOO_LONG: 1406,
  OUT_OF_RANGE: 1264,
  TRUNCATED_WRONG_VALUE: 1292,
  INCORRECT_VALUE: 1366,
} as const;

interface DriverErrorShape {
  errno?: number;
  code?: string;
  sqlMessage?: string;
  driverError?: DriverErrorShape;
}

function driverError(error: unknown): DriverErrorShape | null {
  if (!error || typeof error !== 'object') return null;
  const e = error as DriverErrorShape;
  if (typeof e.errno === 'number') return e;
  if (e.driverError && typeof e.driverError.errno === 'number') return e.driverError;
  return null;
}

export function errnoOf(error: unknown): number | null {
  return driverError(error)?.errno ?? null;
}

export const isDuplicateKey = (error: unknown): boolean => errnoOf(error) === MysqlError.DUPLICATE_ENTRY;

/** The name of the unique key a duplicate-entry error is about, e.g. `uq_user_email`. */
export function duplicateKeyName(error: unknown): string | null {
  const message = driverError(error)?.sqlMessage ?? '';
  const match = /for key '(?:[^'.]+\.)?([^']+)'/.exec(message);
  return match ? match[1] : null;
}

/** Errors after which the whole transaction may simply run again. */
export const isRetryable = (error: unknown): boolean => {
  const errno = errnoOf(error);
  return errno === MysqlError.DEADLOCK || errno === MysqlError.LOCK_WAIT_TIMEOUT;
};

/**
 * Turns a driver error that slipped past validation into a client error instead of INTERNAL.
 * Anything it does not recognise is returned unchanged (and reported as INTERNAL upstream).
 */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  switch (errnoOf(error)) {
    case MysqlError.DEADLOCK:
    case MysqlError.LOCK_WAIT_TIMEOUT:
      return new DomainError(ErrorCode.CONFLICT, 'Too many simultaneous changes to the same item; try again');
    case MysqlError.DATA_TOO_LONG:
    case MysqlError.OUT_OF_RANGE:
    case MysqlError.TRUNCATED_WRONG_VALUE:
    case MysqlError.INCORRECT_VALUE:
      return new DomainError(ErrorCode.BAD_USER_INPUT, 'A value is too long or out of range');
    default:
      return error;
  }
}
