import { duplicateKeyName, errnoOf, isDuplicateKey, MysqlError } from '@app/database';
import { badInput, notFound } from '@app/errors';

/** Turns the constraint errors of writing a user into client errors on the right field. */
export function mapUserWriteError(error: unknown, emailField: string): unknown {
  if (isDuplicateKey(error) && duplicateKeyName(error) === 'uq_app_user_email') {
    return badInput(emailField, 'is already in use');
  }
  if (errnoOf(error) === MysqlError.NO_REFERENCED_ROW) {
    const message = String((error as { sqlMessage?: string; message?: string }).sqlMessage ?? (error as Error).message);
    if (message.includes('fk_app_user_agency')) return notFound('Agency');
    if (message.includes('fk_user_branch_branch')) return notFound('Branch');
  }
  return error;
}
