import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * graphql-jit's errors are GraphQLErrors without `extensions` (Apollo reads `extensions.code` of
 * every error): the same error as graphql-js makes it, with its path, location and cause.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const normal = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions ?? {},
  });
  return Object.assign(normal, { locations: error.locations });
}

/**
 * Runs operations with graphql-jit: each document is compiled once into a function that walks
 * its selections directly, instead of graphql-js interpreting it for every object of every answer
 * (arguments read again for each field of each item: a third of a catalog page's allocations).
 * Apollo still parses, validates and runs its plugins; only execution changes. Apollo Server 5
 * takes a custom executor only through its gateway interface, so this is one: it serves the
 * schema Nest built and executes with the compiled documents.
 */
export class JitExecution {
  private schema: GraphQLSchema | null = null;
  /** Per parsed document (Apollo keeps one per query text), per operation name. */
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();

  /** The schema to serve and execute against: Nest's, once built (see transformSchema). */
  use(schema: GraphQLSchema): GraphQLSchema {
    this.schema = schema;
    return schema;
  }

  gateway(): GatewayInterface {
    let listener: GatewaySchemaLoadOrUpdateCallback | null = null;
    return {
      onSchemaLoadOrUpdate: (callback) => {
        listener = callback;
        return () => {
          listener = null;
        };
      },
      load: async () => {
        if (!this.schema) throw new Error('The schema was not built before the GraphQL server started');
        listener?.({ apiSchema: this.schema, coreSupergraphSdl: '' });
        return { executor: this.executor };
      },
      stop: async () => undefined,
    };
  }

  private readonly executor: GatewayExecutor = async (requestContext) => {
    const { document, operation, operationName, request, context } = requestContext;
    // Variables are checked by graphql-js first: its errors name the variable's node and the path
    // inside it (`at "input.capacity"`), which Apollo answers as BAD_USER_INPUT on that field.
    const coerced = getVariableValues(this.schema as GraphQLSchema, operation.variableDefinitions ?? [], request.variables ?? {}, {
      maxErrors: 50,
    });
    if (coerced.errors) return { errors: coerced.errors };
    const query = this.compile(document, operationName ?? null);
    if (!isCompiledQuery(query)) return query;
    const result = await query.query(undefined, context, request.variables ?? {});
    return (result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result) as Awaited<ReturnType<GatewayExecutor>>;
  };

  private compile(document: DocumentNode, operationName: string | null): CompiledQuery | ExecutionResult {
    let byName = this.compiled.get(document);
    if (!byName) this.compiled.set(document, (byName = new Map()));
    let query = byName.get(operationName ?? '');
    if (!query) {
      query = compileQuery(this.schema as GraphQLSchema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      byName.set(operationName ?? '', query);
    }
    return query;
  }
}
