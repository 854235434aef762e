import type { Complexity } from '@nestjs/graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
  type ComplexityEstimatorArgs,
} from 'graphql-query-complexity';
import { Kind, type DocumentNode, type FieldNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { checkWindow } from '@app/bookings';
import { checkPageArgs } from '@app/database';
import { DomainError, ErrorCode } from '@app/errors';

/**
 * The most a document may cost. A field costs 1 and a list multiplies what it holds by its size
 * (`first` for a connection, an estimate from the data's real bounds for a plain list), so the
 * cost is about the number of values the answer can hold. A branch's rooms with their bookings
 * for a quarter cost about 40,000; the documents that stalled the API cost millions. What an
 * estimate misses, the execution budget stops (execution-budget.ts).
 */
export const DOCUMENT_COST_LIMIT = 100_000;

/** Estimates of the plain lists' lengths, from the data's real bounds. */
export const LIST_SIZES = {
  /** A proposal expands to at most 52 sessions (MAX_OCCURRENCES); more are added one by one. */
  sessionsPerWorkshop: 52,
  /** A well-attended session's parties, waitlist included; larger ones are caught by the answer's size limit. */
  registrationsPerSession: 100,
  /** Bookings one room holds in a busy day (a morning, an afternoon, an evening session, a meeting). */
  bookingsPerRoomDay: 4,
  /** Meeting rooms of a large branch. */
  roomsPerBranch: 10,
  branches: 100,
  agencies: 200,
  membersPerAgency: 20,
  branchesPerUser: 20,
  closuresPerBranch: 50,
  reviewEventsPerWorkshop: 20,
  conflictsPerCheck: 20,
  reportRows: 100,
  /** Opening intervals of a week (OpeningHoursInput allows 28). */
  openingHours: 28,
} as const;

/** Where a field is in the document, for the messages (`workshops.nodes.agency.workshops`). */
type Paths = Map<FieldNode, string>;

/** An argument refused before anything runs, named by the field's path in the document. */
export class ArgumentRefusal extends Error {
  constructor(
    readonly node: FieldNode,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** Runs a domain check of one field's arguments; its BAD_USER_INPUT becomes a refusal naming the field's path. */
function checked(estimate: ComplexityEstimatorArgs, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== ErrorCode.BAD_USER_INPUT) throw error;
    const paths = estimate.context?.paths as Paths | undefined;
    const where = paths?.get(estimate.node) ?? estimate.node.name.value;
    const [[argument, reason]] = Object.entries(error.details.fields ?? { [estimate.field.name]: error.message });
    throw new ArgumentRefusal(estimate.node, `${where}.${argument}`, reason);
  }
}

/** A field's cost, as the `complexity` option of @Field, @ResolveField and @Query takes it (Nest's type lacks `node` and `context`). */
const cost = (estimate: (args: ComplexityEstimatorArgs) => number): Complexity => estimate as unknown as Complexity;

/** A plain list of at most (about) `size` items. */
export const listCost = (size: number): Complexity => cost(({ childComplexity }) => 1 + size * childComplexity);

/** A connection: `first` items per page, with `first` and `after` checked as every list checks them. */
export const connectionCost = cost((estimate) => {
  const { first, after } = estimate.args as { first?: number | null; after?: string | null };
  checked(estimate, () => checkPageArgs(first, after));
  return 1 + (first ?? 0) * estimate.childComplexity;
});

/** A room's bookings in [from, to): the window checked, its days times the bookings a room holds in a day. */
export const roomBookingsCost = cost((estimate) => {
  const { from, to } = estimate.args as { from: Date; to: Date };
  checked(estimate, () => checkWindow(from, to));
  const days = Math.ceil((to.getTime() - from.getTime()) / 86_400_000);
  return 1 + days * LIST_SIZES.bookingsPerRoomDay * estimate.childComplexity;
});

/** Every field's response path, following fragments (the first place a shared fragment is used names it). */
function fieldPaths(document: DocumentNode, operation: OperationDefinitionNode): Paths {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])),
  );
  const paths: Paths = new Map();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode, prefix: string): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const path = prefix ? `${prefix}.${(selection.alias ?? selection.name).value}` : (selection.alias ?? selection.name).value;
        if (!paths.has(selection)) paths.set(selection, path);
        if (selection.selectionSet) walk(selection.selectionSet, path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, prefix);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment, prefix);
      }
    }
  };
  walk(operation.selectionSet, '');
  return paths;
}

const ESTIMATORS: ComplexityEstimator[] = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

/**
 * The cost of the operation, with the variables given (coerced as execution would). Throws an
 * ArgumentRefusal for list arguments no execution could accept, at any depth.
 */
export function documentCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName: operation.name?.value,
    variables,
    estimators: ESTIMATORS,
    context: { paths: fieldPaths(document, operation) },
    // Fields in the document, fragments expanded; the token limit keeps documents far below it.
    maxQueryNodes: 20_000,
  });
}
