import { Catch, HttpException, HttpStatus, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode } from '@app/errors';
import { BODY_LIMIT_MB } from '../abuse/graphql-limits';
import { toGraphQLError } from './errors';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.INVALID_STATE]: HttpStatus.CONFLICT,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * The one place errors are mapped: for GraphQL, a domain error's code becomes
 * `extensions.code`; for the plain routes, an HTTP status with a JSON body.
 */
@Catch()
export class ErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return toGraphQLError(exception);
    // A body over the limit, refused by the body parser before GraphQL saw it: answered as GraphQL, for its clients.
    if (
      (exception as { status?: unknown }).status === HttpStatus.PAYLOAD_TOO_LARGE &&
      host.switchToHttp().getRequest<Request>().path === '/graphql'
    ) {
      const message = `The request is larger than ${BODY_LIMIT_MB} MB; send less at once`;
      return host
        .switchToHttp()
        .getResponse<Response>()
        .status(HttpStatus.PAYLOAD_TOO_LARGE)
        .json({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: { request: message } } }] });
    }
    if (exception instanceof DomainError) {
      const res = host.switchToHttp().getResponse<Response>();
      return res.status(HTTP_STATUS[exception.code] ?? 500).json({ code: exception.code, message: exception.message });
    }
    if (exception instanceof HttpException) return super.catch(exception, host);
    return super.catch(exception, host);
  }
}
