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
    "\n  query ManageRegistration($token: String!) {\n    registrationByToken(token: $token) {\n      ...ManagedRegistration\n    }\n  }\n": typeof types.ManageRegistrationDocument,
    "\n  fragment ManagedRegistration on Registration {\n    id\n    status\n    name\n    partySize\n    waitlistPosition\n    remindersOptIn\n    followUpOptIn\n    shareContactWithPartner\n    checkInCode\n    session {\n      id\n      startsAt\n      endsAt\n      status\n      calendarUrl\n      cancellationReason\n      branch {\n        id\n        name\n        address\n        timeZone\n      }\n      room {\n        id\n        name\n      }\n      workshop {\n        id\n        title\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ManagedRegistrationFragmentDoc,
    "\n  mutation UpdatePreferences($token: String!, $input: RegistrationPreferencesInput!) {\n    updateRegistrationPreferences(token: $token, input: $input) {\n      ...ManagedRegistration\n    }\n  }\n": typeof types.UpdatePreferencesDocument,
    "\n  mutation CancelMine($token: String!) {\n    cancelRegistration(token: $token) {\n      ...ManagedRegistration\n    }\n  }\n": typeof types.CancelMineDocument,
};
const documents: Documents = {
    "\n  query ManageRegistration($token: String!) {\n    registrationByToken(token: $token) {\n      ...ManagedRegistration\n    }\n  }\n": types.ManageRegistrationDocument,
    "\n  fragment ManagedRegistration on Registration {\n    id\n    status\n    name\n    partySize\n    waitlistPosition\n    remindersOptIn\n    followUpOptIn\n    shareContactWithPartner\n    checkInCode\n    session {\n      id\n      startsAt\n      endsAt\n      status\n      calendarUrl\n      cancellationReason\n      branch {\n        id\n        name\n        address\n        timeZone\n      }\n      room {\n        id\n        name\n      }\n      workshop {\n        id\n        title\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ManagedRegistrationFragmentDoc,
    "\n  mutation UpdatePreferences($token: String!, $input: RegistrationPreferencesInput!) {\n    updateRegistrationPreferences(token: $token, input: $input) {\n      ...ManagedRegistration\n    }\n  }\n": types.UpdatePreferencesDocument,
    "\n  mutation CancelMine($token: String!) {\n    cancelRegistration(token: $token) {\n      ...ManagedRegistration\n    }\n  }\n": types.CancelMineDocument,
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
export function graphql(source: "\n  query ManageRegistration($token: String!) {\n    registrationByToken(token: $token) {\n      ...ManagedRegistration\n    }\n  }\n"): (typeof documents)["\n  query ManageRegistration($token: String!) {\n    registrationByToken(token: $token) {\n      ...ManagedRegistration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagedRegistration on Registration {\n    id\n    status\n    name\n    partySize\n    waitlistPosition\n    remindersOptIn\n    followUpOptIn\n    shareContactWithPartner\n    checkInCode\n    session {\n      id\n      startsAt\n      endsAt\n      status\n      calendarUrl\n      cancellationReason\n      branch {\n        id\n        name\n        address\n        timeZone\n      }\n      room {\n        id\n        name\n      }\n      workshop {\n        id\n        title\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ManagedRegistration on Registration {\n    id\n    status\n    name\n    partySize\n    waitlistPosition\n    remindersOptIn\n    followUpOptIn\n    shareContactWithPartner\n    checkInCode\n    session {\n      id\n      startsAt\n      endsAt\n      status\n      calendarUrl\n      cancellationReason\n      branch {\n        id\n        name\n        address\n        timeZone\n      }\n      room {\n        id\n        name\n      }\n      workshop {\n        id\n        title\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePreferences($token: String!, $input: RegistrationPreferencesInput!) {\n    updateRegistrationPreferences(token: $token, input: $input) {\n      ...ManagedRegistration\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePreferences($token: String!, $input: RegistrationPreferencesInput!) {\n    updateRegistrationPreferences(token: $token, input: $input) {\n      ...ManagedRegistration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMine($token: String!) {\n    cancelRegistration(token: $token) {\n      ...ManagedRegistration\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMine($token: String!) {\n    cancelRegistration(token: $token) {\n      ...ManagedRegistration\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;