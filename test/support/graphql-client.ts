export interface GqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; fields?: Record<string, string>; conflicts?: Array<Record<string, unknown>> };
}

export interface GqlResult<T> {
  data?: T | null;
  errors?: GqlError[];
  status: number;
  headers: Headers;
}

/** A minimal GraphQL-over-HTTP client for the tests: what a browser or app would send. */
export class GraphqlClient {
  constructor(readonly url: string) {}

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResult<T>, 'status' | 'headers'>;
    return { ...body, status: response.status, headers: response.headers };
  }

  /** The data of a request that must succeed; its errors fail the test. */
  async must<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.request<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL request failed: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
}

/** The single error of a result, with its code. */
export function errorOf(result: GqlResult<unknown>): GqlError {
  if (!result.errors?.length) throw new Error(`Expected an error, got data ${JSON.stringify(result.data)}`);
  return result.errors[0];
}

export const codeOf = (result: GqlResult<unknown>): string | undefined => errorOf(result).extensions?.code;
