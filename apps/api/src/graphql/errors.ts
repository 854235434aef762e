import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { mapDriverError } from '@app/database';
import { DomainError, ErrorCode, type ConflictDetail } from '@app/errors';

const logger = new Logger('GraphQL');

/** Codes a client may see besides the domain's: documents that cannot run at all. */
const DOCUMENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
const DOMAIN_CODES = new Set<string>(Object.values(ErrorCode));

const serializeConflict = (c: ConflictDetail) => ({
  ...c,
  startsAt: c.startsAt.toISOString(),
  endsAt: c.endsAt.toISOString(),
});

export function domainErrorToGraphQL(error: DomainError): GraphQLError {
  const extensions: Record<string, unknown> = { code: error.code };
  if (error.details.fields) extensions.fields = error.details.fields;
  if (error.details.conflicts) extensions.conflicts = error.details.conflicts.map(serializeConflict);
  // Apollo turns this into the response's status and headers (and drops it from the body).
  if (error.details.retryAfterSeconds !== undefined) {
    extensions.http = { status: 429, headers: new Map([['retry-after', String(error.details.retryAfterSeconds)]]) };
  }
  return new GraphQLError(error.message, { extensions });
}

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.BAD_USER_INPUT,
  429: ErrorCode.RATE_LIMITED,
};

/** What a resolver threw, as the GraphQL error the client receives. */
export function toGraphQLError(thrown: unknown): GraphQLError {
  const error = mapDriverError(thrown);
  if (error instanceof DomainError) return domainErrorToGraphQL(error);
  if (error instanceof GraphQLError) return error;
  if (error instanceof HttpException && HTTP_CODES[error.getStatus()]) {
    const code = HTTP_CODES[error.getStatus()];
    return new GraphQLError(error.message, {
      extensions: { code, ...(code === ErrorCode.BAD_USER_INPUT ? { fields: { request: error.message } } : {}) },
    });
  }
  logger.error({ err: error }, 'unexpected error in a resolver');
  return new GraphQLError('Internal error', { extensions: { code: ErrorCode.INTERNAL } });
}

/**
 * `Variable "$input" got invalid value …; Expected type "Int" at "input.capacity"` → the path, with
 * list indexes written as the validation errors write them (`input.sessions.0.startsAt`, not
 * `input.sessions[0].startsAt`), so that a client finds a field under one name whichever layer refused it.
 */
function variableField(message: string): string {
  const at = /at "([^"]+)"/.exec(message);
  if (at) return at[1].replace(/\[(\d+)\]/g, '.$1');
  const variable = /Variable "\$([^"]+)"/.exec(message);
  return variable ? variable[1] : 'request';
}

/**
 * The last word on every error Apollo sends: only the contract's codes go out, BAD_USER_INPUT
 * always names its fields, and nothing carries a stack trace or an internal message.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (DOCUMENT_CODES.has(code)) return { ...base, extensions: { code } };
  if (code === 'BAD_USER_INPUT' || code === 'BAD_REQUEST') {
    const fields = (formatted.extensions?.fields as Record<string, string> | undefined) ?? {
      [variableField(formatted.message)]: formatted.message,
    };
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, fields } };
  }
  if (code === 'OPERATION_RESOLUTION_FAILURE') return { ...base, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  if (code === 'PERSISTED_QUERY_NOT_SUPPORTED' || code === 'PERSISTED_QUERY_NOT_FOUND') {
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: { extensions: formatted.message } } };
  }
  if (DOMAIN_CODES.has(code) && code !== ErrorCode.INTERNAL) {
    const { code: _c, stacktrace: _s, ...rest } = formatted.extensions ?? {};
    return { ...base, extensions: { code, ...rest } };
  }
  if (code !== ErrorCode.INTERNAL) logger.error({ err: error, code }, 'unexpected GraphQL error');
  return { message: 'Internal error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
}
