import type { Request } from 'express';
import type { DomainError } from '@app/errors';
import type { Viewer } from '@app/identity';
import type { Loaders } from './loaders';

/** What the auth middleware leaves on every request. */
export interface AuthenticatedRequest extends Request {
  viewer?: Viewer | null;
  authError?: DomainError | null;
}

export interface GraphqlContext {
  req: AuthenticatedRequest;
  viewer: Viewer | null;
  loaders: Loaders;
  /** Registrations whose manage token this request presented: the patron sees their own. */
  patronOf: Set<string>;
}
