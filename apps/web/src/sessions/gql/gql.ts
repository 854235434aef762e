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
    "\n  mutation Register($input: RegisterInput!) {\n    registerForSession(input: $input) {\n      manageToken\n      registration {\n        id\n        status\n        partySize\n        waitlistPosition\n        contactChannel\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query RegistrationService($language: String!) {\n    serviceInfo {\n      smsAvailable\n      smsConsentText(language: $language)\n    }\n  }\n": typeof types.RegistrationServiceDocument,
    "\n  query SessionPage($id: ID!) {\n    session(id: $id) {\n      id\n      startsAt\n      endsAt\n      status\n      capacity\n      seatsRemaining\n      waitlistLength\n      registrationOpen\n      registrationOpensAt\n      cancellationReason\n      calendarUrl\n      branch {\n        id\n        name\n        address\n        timeZone\n      }\n      room {\n        id\n        name\n        features\n      }\n      workshop {\n        id\n        title\n        summary\n        description\n        accessibilityNotes\n        audience\n        languages\n        tags\n        agency {\n          id\n          name\n          kind\n          description\n          website\n        }\n        sessions {\n          id\n          startsAt\n          endsAt\n          status\n          seatsRemaining\n        }\n      }\n    }\n  }\n": typeof types.SessionPageDocument,
    "\n  subscription LiveSeats($sessionId: ID!) {\n    seatAvailabilityChanged(sessionId: $sessionId) {\n      sessionId\n      status\n      seatsRemaining\n      waitlistLength\n      registrationOpen\n    }\n  }\n": typeof types.LiveSeatsDocument,
};
const documents: Documents = {
    "\n  mutation Register($input: RegisterInput!) {\n    registerForSession(input: $input) {\n      manageToken\n      registration {\n        id\n        status\n        partySize\n        waitlistPosition\n        contactChannel\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  query RegistrationService($language: String!) {\n    serviceInfo {\n      smsAvailable\n      smsConsentText(language: $language)\n    }\n  }\n": types.RegistrationServiceDocument,
    "\n  query SessionPage($id: ID!) {\n    session(id: $id) {\n      id\n      startsAt\n      endsAt\n      status\n      capacity\n      seatsRemaining\n      waitlistLength\n      registrationOpen\n      registrationOpensAt\n      cancellationReason\n      calendarUrl\n      branch {\n        id\n        name\n        address\n        timeZone\n      }\n      room {\n        id\n        name\n        features\n      }\n      workshop {\n        id\n        title\n        summary\n        description\n        accessibilityNotes\n        audience\n        languages\n        tags\n        agency {\n          id\n          name\n          kind\n          description\n          website\n        }\n        sessions {\n          id\n          startsAt\n          endsAt\n          status\n          seatsRemaining\n        }\n      }\n    }\n  }\n": types.SessionPageDocument,
    "\n  subscription LiveSeats($sessionId: ID!) {\n    seatAvailabilityChanged(sessionId: $sessionId) {\n      sessionId\n      status\n      seatsRemaining\n      waitlistLength\n      registrationOpen\n    }\n  }\n": types.LiveSeatsDocument,
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
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    registerForSession(input: $input) {\n      manageToken\n      registration {\n        id\n        status\n        partySize\n        waitlistPosition\n        contactChannel\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    registerForSession(input: $input) {\n      manageToken\n      registration {\n        id\n        status\n        partySize\n        waitlistPosition\n        contactChannel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationService($language: String!) {\n    serviceInfo {\n      smsAvailable\n      smsConsentText(language: $language)\n    }\n  }\n"): (typeof documents)["\n  query RegistrationService($language: String!) {\n    serviceInfo {\n      smsAvailable\n      smsConsentText(language: $language)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionPage($id: ID!) {\n    session(id: $id) {\n      id\n      startsAt\n      endsAt\n      status\n      capacity\n      seatsRemaining\n      waitlistLength\n      registrationOpen\n      registrationOpensAt\n      cancellationReason\n      calendarUrl\n      branch {\n        id\n        name\n        address\n        timeZone\n      }\n      room {\n        id\n        name\n        features\n      }\n      workshop {\n        id\n        title\n        summary\n        description\n        accessibilityNotes\n        audience\n        languages\n        tags\n        agency {\n          id\n          name\n          kind\n          description\n          website\n        }\n        sessions {\n          id\n          startsAt\n          endsAt\n          status\n          seatsRemaining\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionPage($id: ID!) {\n    session(id: $id) {\n      id\n      startsAt\n      endsAt\n      status\n      capacity\n      seatsRemaining\n      waitlistLength\n      registrationOpen\n      registrationOpensAt\n      cancellationReason\n      calendarUrl\n      branch {\n        id\n        name\n        address\n        timeZone\n      }\n      room {\n        id\n        name\n        features\n      }\n      workshop {\n        id\n        title\n        summary\n        description\n        accessibilityNotes\n        audience\n        languages\n        tags\n        agency {\n          id\n          name\n          kind\n          description\n          website\n        }\n        sessions {\n          id\n          startsAt\n          endsAt\n          status\n          seatsRemaining\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveSeats($sessionId: ID!) {\n    seatAvailabilityChanged(sessionId: $sessionId) {\n      sessionId\n      status\n      seatsRemaining\n      waitlistLength\n      registrationOpen\n    }\n  }\n"): (typeof documents)["\n  subscription LiveSeats($sessionId: ID!) {\n    seatAvailabilityChanged(sessionId: $sessionId) {\n      sessionId\n      status\n      seatsRemaining\n      waitlistLength\n      registrationOpen\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;