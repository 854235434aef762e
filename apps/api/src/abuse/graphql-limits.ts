import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, Kind, parse, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import type { AppConfig } from '@app/config';

/**
 * The shape one GraphQL document may have. Generous for every query a client of the contract
 * writes (the deepest, a session page with its workshop, agency, room and branch, is depth 6),
 * small enough that a document cannot make the server walk the graph for minutes. What the
 * document costs with its variables is measured after these (see document-limits.plugin.ts).
 * The README lists them.
 */
export const GRAPHQL_LIMITS = {
  /** Nesting of selections, fragments flattened. */
  depth: 12,
  aliases: 15,
  directives: 50,
  /** Lexical tokens in the document (parsed before anything else runs). */
  tokens: 2_000,
} as const;

/** The largest JSON body a request may have (the biggest legitimate input is a long description). */
export const BODY_LIMIT_MB = 1;

/** Validation rules (GRAPHQL_VALIDATION_FAILED), parse options (GRAPHQL_PARSE_FAILED) and error hygiene. */
export function graphqlLimits(config: AppConfig): {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  hideSchemaDetailsFromClientErrors: boolean;
} {
  // Reported as validation errors (GRAPHQL_VALIDATION_FAILED); thrown, Apollo would answer INTERNAL.
  const limits = {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
    ],
  };
  return {
    validationRules: [
      maxDepthRule({ ...limits, n: GRAPHQL_LIMITS.depth, flattenFragments: true }),
      maxAliasesRule({ ...limits, n: GRAPHQL_LIMITS.aliases }),
      maxDirectivesRule({ ...limits, n: GRAPHQL_LIMITS.directives }),
    ] as ValidationRule[],
    parseOptions: { maxTokens: GRAPHQL_LIMITS.tokens },
    // "Did you mean …?" hints map the schema for a prober; developers keep them.
    hideSchemaDetailsFromClientErrors: config.nodeEnv !== 'development',
  };
}

/**
 * What the WebSocket refuses before graphql-ws runs anything: documents past the token limit, and
 * every operation but a subscription. Queries and mutations go over HTTP, where the document
 * limits and the per-address rate limits apply (a subscription's selection, SeatAvailability,
 * has no nested objects to abuse).
 */
export function webSocketRefusal(query: string): GraphQLError[] | undefined {
  try {
    const document = parse(query, { maxTokens: GRAPHQL_LIMITS.tokens });
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.every((op) => op.operation === 'subscription')) return undefined;
    return [
      new GraphQLError('Only subscriptions run over the WebSocket; send queries and mutations over HTTP', {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ];
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'The document cannot be parsed';
    return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
  }
}
