import type { Request } from 'express';
import type { DomainError } from '@app/errors';
import type { Viewer } from '@app/identity';
import type { Loaders } from './loaders';

/** What the auth middleware leaves on every request. */
export interface AuthenticatedRequest extends Request {
  viewer?: Viewer | null;
  authError?: DomainError | null;
  /** The request carried a session cookie that no longer works (it was cleared). */
  sessionEnded?: boolean;
}

export interface GraphqlContext {
  req: AuthenticatedRequest;
  /** The request's viewer (`req.viewer`), as it is when read. */
  readonly viewer: Viewer | null;
  loaders: Loaders;
  /** Registrations whose manage token this request presented: the patron sees their own. */
  patronOf: Set<string>;
}

/**
 * A request's context. The viewer is read from the request at each use (log-in and applications
 * sign the rest of their own answer in, see signedInAs); a getter on the prototype, because Apollo
 * copies the context's own properties for each operation.
 */
export class RequestContext implements GraphqlContext {
  readonly patronOf = new Set<string>();

  constructor(
    readonly req: AuthenticatedRequest,
    readonly loaders: Loaders,
  ) {}

  get viewer(): Viewer | null {
    return this.req.viewer ?? null;
  }
}
