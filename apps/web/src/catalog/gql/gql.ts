/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Catalog($filter: SessionFilter, $first: Int, $after: String) {\n    sessions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SessionCard\n      }\n    }\n  }\n": typeof types.CatalogDocument,
    "\n  query CatalogFilters {\n    branches {\n      id\n      name\n    }\n    catalogFacets {\n      tags\n      languages\n    }\n  }\n": typeof types.CatalogFiltersDocument,
    "\n  fragment SessionCard on Session {\n    id\n    startsAt\n    endsAt\n    status\n    capacity\n    seatsRemaining\n    waitlistLength\n    registrationOpen\n    workshop {\n      id\n      title\n      summary\n      languages\n      agency {\n        id\n        name\n      }\n    }\n    branch {\n      id\n      name\n      timeZone\n    }\n    room {\n      id\n      name\n    }\n  }\n": typeof types.SessionCardFragmentDoc,
};
const documents: Documents = {
    "\n  query Catalog($filter: SessionFilter, $first: Int, $after: String) {\n    sessions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SessionCard\n      }\n    }\n  }\n": types.CatalogDocument,
    "\n  query CatalogFilters {\n    branches {\n      id\n      name\n    }\n    catalogFacets {\n      tags\n      languages\n    }\n  }\n": types.CatalogFiltersDocument,
    "\n  fragment SessionCard on Session {\n    id\n    startsAt\n    endsAt\n    status\n    capacity\n    seatsRemaining\n    waitlistLength\n    registrationOpen\n    workshop {\n      id\n      title\n      summary\n      languages\n      agency {\n        id\n        name\n      }\n    }\n    branch {\n      id\n      name\n      timeZone\n    }\n    room {\n      id\n      name\n    }\n  }\n": types.SessionCardFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalog($filter: SessionFilter, $first: Int, $after: String) {\n    sessions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SessionCard\n      }\n    }\n  }\n"): (typeof documents)["\n  query Catalog($filter: SessionFilter, $first: Int, $after: String) {\n    sessions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SessionCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogFilters {\n    branches {\n      id\n      name\n    }\n    catalogFacets {\n      tags\n      languages\n    }\n  }\n"): (typeof documents)["\n  query CatalogFilters {\n    branches {\n      id\n      name\n    }\n    catalogFacets {\n      tags\n      languages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionCard on Session {\n    id\n    startsAt\n    endsAt\n    status\n    capacity\n    seatsRemaining\n    waitlistLength\n    registrationOpen\n    workshop {\n      id\n      title\n      summary\n      languages\n      agency {\n        id\n        name\n      }\n    }\n    branch {\n      id\n      name\n      timeZone\n    }\n    room {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionCard on Session {\n    id\n    startsAt\n    endsAt\n    status\n    capacity\n    seatsRemaining\n    waitlistLength\n    registrationOpen\n    workshop {\n      id\n      title\n      summary\n      languages\n      agency {\n        id\n        name\n      }\n    }\n    branch {\n      id\n      name\n      timeZone\n    }\n    room {\n      id\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;