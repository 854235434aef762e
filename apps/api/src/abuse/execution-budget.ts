import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

export interface ExecutionLimits {
  durationMs: number;
  values: number;
}

/** What one query may take once it runs, whatever its estimated cost said. */
export const EXECUTION_LIMITS: ExecutionLimits = {
  /** Wall-clock time from the start of execution. */
  durationMs: 10_000,
  /** Values resolved in the answer (a bound on its size and on the work of building it). */
  values: 200_000,
};

/** How often (in values) the clock is read: often enough to stop within milliseconds of the limit. */
const CLOCK_EVERY = 256;

export type BudgetLimit = 'duration' | 'values';

/**
 * The running totals of one query's execution: every field of every object in the answer counts
 * (see countFieldsAgainstBudget), so the total grows with the answer and the work of building it.
 * Once over, every further field fails, graphql-js stops descending, and the response is replaced
 * by one error (see the document limits plugin).
 */
export class ExecutionBudget {
  private values = 0;
  private readonly deadline: number;
  exceeded: BudgetLimit | null = null;

  constructor(
    private readonly limits: ExecutionLimits = EXECUTION_LIMITS,
    now = Date.now(),
  ) {
    this.deadline = now + limits.durationMs;
  }

  /** Counts one value; false once the query is over a limit. */
  spend(): boolean {
    if (this.exceeded === null) {
      this.values++;
      if (this.values > this.limits.values) this.exceeded = 'values';
      else if (this.values % CLOCK_EVERY === 0 && Date.now() > this.deadline) this.exceeded = 'duration';
    }
    return this.exceeded === null;
  }
}

/** One shared error: graphql-js wraps it per field, and the plugin replaces them all. */
const BUDGET_SPENT = new GraphQLError('over the execution budget');

/**
 * A field past the budget fails as a rejected promise, not a throw: graphql-js 16 leaves the
 * promises of a list's earlier items unhandled when a later item throws synchronously.
 */
const spent = (): Promise<never> => Promise.reject(BUDGET_SPENT);

/** The context property the budget lives under (set by the plugin for queries only). */
export const BUDGET = Symbol('execution budget');

type Context = Record<symbol, ExecutionBudget | undefined> | undefined;

/**
 * Makes every field of every object type count against the query's budget, once, when the schema
 * is built. (Nest gives every plain field a resolver of its own, so graphql-js's default field
 * resolver, the one place that could count instead, is never used.)
 */
export function countFieldsAgainstBudget(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) =>
        context?.[BUDGET]?.spend() === false ? spent() : resolve(source, args, context, info);
    }
  }
  return schema;
}
