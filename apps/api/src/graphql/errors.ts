import { unwrapResolverError } from '@apollo/server/errors';
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
  if (error.details.sessionEnded) extensions.sessionEnded = true;
  if (error.details.registrationId !== undefined) extensions.registrationId = error.details.registrationId;
  if (error.details.conflicts) extensions.conflicts = error.details.conflicts.map(serializeConflict);
  // Apollo turns this into the response's status and headers (and drops it from the body).
  if (error.details.retryAfterSeconds !== undefined) {
    // For clients that cannot read the response's headers (a browser's GraphQL client).
    extensions.retryAfterSeconds = error.details.retryAfterSeconds;
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
 * The path is the last `at "…"` (the value, which comes before it, may hold anything).
 */
function variableField(message: string): string {
  const at = message.lastIndexOf(' at "');
  if (at !== -1) {
    const end = message.indexOf('"', at + 5);
    if (end !== -1) return message.slice(at + 5, end).replace(/\[(\d+)\]/g, '.$1');
  }
  const variable = /^Variable "\$(\w+)"/.exec(message);
  return variable ? variable[1] : 'request';
}

/** graphql-js quotes the value it refused; a client's 100,000 characters need not come back twice. */
const MAX_MESSAGE = 500;
const shortened = (message: string): string =>
  message.length <= MAX_MESSAGE ? message : `${message.slice(0, 200)} … ${message.slice(-200)}`;

/** graphql-js stops coercing variables after its error limit, with an error that names no field. */
const TOO_MANY_ERRORS = 'Too many errors processing variables';

/** Extensions a refused document carries besides its code (see the document limits plugin). */
const LIMIT_DETAILS = ['cost', 'limit', 'max'] as const;

/**
 * The last word on every error Apollo sends: only the contract's codes go out, BAD_USER_INPUT
 * always names its fields, and nothing carries a stack trace or an internal message. Domain
 * errors thrown by field resolvers (which no exception filter sees) keep their codes here.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const base = { message: shortened(formatted.message), locations: formatted.locations, path: formatted.path };
  const original = unwrapResolverError(error);
  if (original !== error && !(original instanceof GraphQLError)) {
    const mapped = toGraphQLError(original);
    const { http: _h, ...extensions } = mapped.extensions;
    return { ...base, message: mapped.message, extensions };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (DOCUMENT_CODES.has(code)) {
    const details = Object.fromEntries(
      LIMIT_DETAILS.flatMap((k) => (formatted.extensions?.[k] !== undefined ? [[k, formatted.extensions[k]]] : [])),
    );
    return { ...base, extensions: { code, ...details } };
  }
  if (formatted.message.startsWith(TOO_MANY_ERRORS)) {
    const message = 'Too many invalid values in the variables; the first ones are listed in the other errors';
    return { ...base, message, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: { variables: message } } };
  }
  if (code === 'BAD_USER_INPUT' || code === 'BAD_REQUEST') {
    const fields = (formatted.extensions?.fields as Record<string, string> | undefined) ?? {
      [variableField(formatted.message)]: base.message,
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
