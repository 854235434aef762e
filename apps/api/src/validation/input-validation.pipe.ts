import { Injectable, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { badInputs, DomainError, ErrorCode } from '@app/errors';

/** Flattens class-validator's tree into { "agency.contactEmail": "must be an e-mail address" }. */
function fieldsOf(errors: ValidationError[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length) fields[path] = messages.map((m) => m.replace(new RegExp(`^${error.property} `), '')).join('; ');
    Object.assign(fields, fieldsOf(error.children ?? [], path));
  }
  return fields;
}

/**
 * The global ValidationPipe: inputs become their classes (transform), undeclared properties are
 * dropped (whitelist), and a failure is BAD_USER_INPUT naming each field by its path from the
 * argument, e.g. `input.agency.contactEmail`.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => badInputs(fieldsOf(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.BAD_USER_INPUT && metadata.data && error.details.fields) {
        const prefixed = Object.fromEntries(Object.entries(error.details.fields).map(([k, v]) => [`${metadata.data}.${k}`, v]));
        throw badInputs(prefixed);
      }
      throw error;
    }
  }
}
