import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  GraphQLError,
  getVariableValues,
  type ASTNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { ErrorCode } from '@app/errors';
import { ArgumentRefusal, DOCUMENT_COST_LIMIT, documentCost } from './document-cost';
import { BUDGET, EXECUTION_LIMITS, ExecutionBudget, type BudgetLimit, type ExecutionLimits } from './execution-budget';
import { listTooLong } from './input-bounds';

/** Apollo's plugin type as the Nest driver sees it (its CommonJS typings, not the ESM ones). */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];
type Request = { variables?: Record<string, unknown> };

const BAD_REQUEST = { status: 400, headers: new Map<string, string>() };

const refused = (message: string, extensions: Record<string, unknown>, nodes?: ASTNode): GraphQLError =>
  new GraphQLError(message, { nodes, extensions: { ...extensions, http: BAD_REQUEST } });

const overBudgetMessages = (limits: ExecutionLimits): Record<BudgetLimit, string> => ({
  duration: `The request ran for more than ${limits.durationMs / 1000} s and was stopped; ask for fewer items (a smaller first, fewer nested lists).`,
  values: `The answer would hold more than ${limits.values} values and was stopped; ask for fewer items (a smaller first, fewer nested lists).`,
});

/**
 * What a document may ask for, beyond the validation rules: before anything runs, lists in the
 * variables within their bounds, list arguments (first, after, windows) valid at every depth, and
 * a cost within DOCUMENT_COST_LIMIT, all with the variables given; while a query runs, the
 * execution budget (time and size of the answer), so that nothing the estimate misses can hold
 * the process for long. Mutations get no budget: stopping one after it wrote would misreport it.
 */
// eslint-disable-next-line max-lines-per-function -- Apollo's hooks share the limits and the per-request budget in one closure.
export function documentLimitsPlugin(limits: ExecutionLimits = EXECUTION_LIMITS): ApolloPlugin {
  const overBudget = overBudgetMessages(limits);
  // An operation without variables costs the same every time: measured once per parsed document
  // (Apollo keeps one per query text), its refusal too.
  const fixed = new WeakMap<OperationDefinitionNode, { cost: number } | { refusal: unknown }>();
  const costOf = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Request['variables']) => {
    if (operation.variableDefinitions?.length) return documentCost(schema, document, operation, variables);
    let known = fixed.get(operation);
    if (!known) {
      try {
        known = { cost: documentCost(schema, document, operation, variables) };
      } catch (refusal) {
        known = { refusal };
      }
      fixed.set(operation, known);
    }
    if ('refusal' in known) throw known.refusal;
    return known.cost;
  };
  return {
    async requestDidStart() {
      let budget: ExecutionBudget | null = null;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const tooLong = listTooLong(schema, operation, request.variables);
          if (tooLong) {
            throw refused(`${tooLong.path}: has ${tooLong.length} items; at most ${tooLong.max}`, {
              code: ErrorCode.BAD_USER_INPUT,
              fields: { [tooLong.path]: `has ${tooLong.length} items; at most ${tooLong.max}` },
            });
          }
          // Variables execution would refuse: it reports them, field by field, and runs nothing.
          if (getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 }).errors) return;
          let cost: number;
          try {
            cost = costOf(schema, document, operation, request.variables);
          } catch (error) {
            if (error instanceof ArgumentRefusal) {
              throw refused(error.message, { code: ErrorCode.BAD_USER_INPUT, fields: { [error.field]: error.reason } }, error.node);
            }
            throw refused(error instanceof GraphQLError ? error.message : 'The document cannot be measured', {
              code: 'GRAPHQL_VALIDATION_FAILED',
            });
          }
          if (cost > DOCUMENT_COST_LIMIT) {
            throw refused(
              `The document asks for too much: it could return about ${cost} values, and at most ${DOCUMENT_COST_LIMIT} are allowed. Ask for fewer items (a smaller first, fewer nested lists).`,
              { code: 'GRAPHQL_VALIDATION_FAILED', cost, limit: DOCUMENT_COST_LIMIT },
            );
          }
        },
        async executionDidStart({ operation, contextValue }) {
          if (operation.operation !== 'query') return;
          budget = new ExecutionBudget(limits);
          (contextValue as Record<symbol, unknown>)[BUDGET] = budget;
        },
        async willSendResponse({ response }) {
          if (!budget?.exceeded || response.body.kind !== 'single') return;
          const limit = budget.exceeded;
          response.body.singleResult = {
            errors: [
              {
                message: overBudget[limit],
                extensions: {
                  code: 'GRAPHQL_VALIDATION_FAILED',
                  limit,
                  max: limit === 'duration' ? limits.durationMs : limits.values,
                },
              },
            ],
          };
          response.http.status = 400;
        },
      };
    },
  };
}
