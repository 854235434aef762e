import {
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/** Lists without a bound of their own take at most as many items as a page (the contract's rule). */
export const DEFAULT_MAX_ITEMS = 100;

/** The extension `MaxItems()` puts on an input field (see validators.ts). */
export interface MaxItemsExtension {
  maxItems?: number;
}

export interface ListTooLong {
  /** Where, as BAD_USER_INPUT names fields: `input.features`, `input.sessions.3.…`. */
  path: string;
  length: number;
  max: number;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function firstTooLong(value: unknown, type: GraphQLInputType, path: string, max: number): ListTooLong | null {
  const bare = isNonNullType(type) ? type.ofType : type;
  if (isListType(bare)) {
    if (!Array.isArray(value)) return firstTooLong(value, bare.ofType, path, DEFAULT_MAX_ITEMS);
    if (value.length > max) return { path, length: value.length, max };
    for (const [i, item] of value.entries()) {
      const found = firstTooLong(item, bare.ofType, `${path}.${i}`, DEFAULT_MAX_ITEMS);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(bare) && isPlainObject(value)) {
    for (const field of Object.values(bare.getFields())) {
      if (!(field.name in value)) continue;
      const bound = (field.extensions as MaxItemsExtension).maxItems ?? DEFAULT_MAX_ITEMS;
      const found = firstTooLong(value[field.name], field.type, `${path}.${field.name}`, bound);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The first list in the request's variables that is longer than its field allows, checked on the
 * raw JSON before GraphQL coerces it: coercion reports every bad item, and past 50 of them it
 * gives up with an error that names nothing. Lists written in the document itself are bounded by
 * the token limit, and checked again by the inputs' validation.
 */
export function listTooLong(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): ListTooLong | null {
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!variables || !(name in variables)) continue;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const found = type ? firstTooLong(variables[name], type, name, DEFAULT_MAX_ITEMS) : null;
    if (found) return found;
  }
  return null;
}
