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
    "\n  query DeskBranches {\n    me {\n      id\n      branches {\n        id\n      }\n    }\n  }\n": typeof types.DeskBranchesDocument,
    "\n  query DeskSessions($from: DateTime!, $to: DateTime!, $branchIds: [ID!]) {\n    sessions(filter: { from: $from, to: $to, branchIds: $branchIds, statuses: [SCHEDULED] }, first: 100) {\n      nodes {\n        id\n        startsAt\n        endsAt\n        capacity\n        seatsTaken\n        waitlistLength\n        workshop {\n          id\n          title\n        }\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DeskSessionsDocument,
    "\n  mutation DeskRegister($input: DeskRegistrationInput!) {\n    registerAtDesk(input: $input) {\n      registration {\n        id\n        name\n        status\n        waitlistPosition\n        slipUrl\n      }\n    }\n  }\n": typeof types.DeskRegisterDocument,
    "\n  query DeskSession($id: ID!) {\n    session(id: $id) {\n      id\n      startsAt\n      endsAt\n      status\n      capacity\n      seatsTaken\n      waitlistLength\n      workshop {\n        id\n        title\n      }\n      branch {\n        id\n        name\n        timeZone\n      }\n      room {\n        id\n        name\n      }\n      registrations {\n        id\n        name\n        phone\n        email\n        status\n        partySize\n        waitlistPosition\n        contactChannel\n        checkedInAt\n        patronNotified\n      }\n    }\n    serviceInfo {\n      smsAvailable\n      en: smsConsentText(language: \"en\")\n      es: smsConsentText(language: \"es\")\n    }\n  }\n": typeof types.DeskSessionDocument,
    "\n  mutation DeskCheckIn($id: ID!) {\n    checkIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n": typeof types.DeskCheckInDocument,
    "\n  mutation DeskUndoCheckIn($id: ID!) {\n    undoCheckIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n": typeof types.DeskUndoCheckInDocument,
    "\n  mutation DeskCancel($id: ID!) {\n    cancelRegistrationById(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeskCancelDocument,
    "\n  query PatronsToCall {\n    registrations(filter: { notNotifiedOnly: true, statuses: [CONFIRMED, WAITLISTED, CANCELLED] }, first: 100) {\n      nodes {\n        id\n        name\n        phone\n        status\n        waitlistPosition\n        session {\n          id\n          startsAt\n          endsAt\n          status\n          workshop {\n            id\n            title\n          }\n          branch {\n            id\n            name\n            timeZone\n          }\n        }\n      }\n    }\n  }\n": typeof types.PatronsToCallDocument,
    "\n  mutation MarkPatronTold($id: ID!) {\n    markPatronNotified(registrationId: $id) {\n      id\n      patronNotified\n    }\n  }\n": typeof types.MarkPatronToldDocument,
};
const documents: Documents = {
    "\n  query DeskBranches {\n    me {\n      id\n      branches {\n        id\n      }\n    }\n  }\n": types.DeskBranchesDocument,
    "\n  query DeskSessions($from: DateTime!, $to: DateTime!, $branchIds: [ID!]) {\n    sessions(filter: { from: $from, to: $to, branchIds: $branchIds, statuses: [SCHEDULED] }, first: 100) {\n      nodes {\n        id\n        startsAt\n        endsAt\n        capacity\n        seatsTaken\n        waitlistLength\n        workshop {\n          id\n          title\n        }\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DeskSessionsDocument,
    "\n  mutation DeskRegister($input: DeskRegistrationInput!) {\n    registerAtDesk(input: $input) {\n      registration {\n        id\n        name\n        status\n        waitlistPosition\n        slipUrl\n      }\n    }\n  }\n": types.DeskRegisterDocument,
    "\n  query DeskSession($id: ID!) {\n    session(id: $id) {\n      id\n      startsAt\n      endsAt\n      status\n      capacity\n      seatsTaken\n      waitlistLength\n      workshop {\n        id\n        title\n      }\n      branch {\n        id\n        name\n        timeZone\n      }\n      room {\n        id\n        name\n      }\n      registrations {\n        id\n        name\n        phone\n        email\n        status\n        partySize\n        waitlistPosition\n        contactChannel\n        checkedInAt\n        patronNotified\n      }\n    }\n    serviceInfo {\n      smsAvailable\n      en: smsConsentText(language: \"en\")\n      es: smsConsentText(language: \"es\")\n    }\n  }\n": types.DeskSessionDocument,
    "\n  mutation DeskCheckIn($id: ID!) {\n    checkIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n": types.DeskCheckInDocument,
    "\n  mutation DeskUndoCheckIn($id: ID!) {\n    undoCheckIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n": types.DeskUndoCheckInDocument,
    "\n  mutation DeskCancel($id: ID!) {\n    cancelRegistrationById(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeskCancelDocument,
    "\n  query PatronsToCall {\n    registrations(filter: { notNotifiedOnly: true, statuses: [CONFIRMED, WAITLISTED, CANCELLED] }, first: 100) {\n      nodes {\n        id\n        name\n        phone\n        status\n        waitlistPosition\n        session {\n          id\n          startsAt\n          endsAt\n          status\n          workshop {\n            id\n            title\n          }\n          branch {\n            id\n            name\n            timeZone\n          }\n        }\n      }\n    }\n  }\n": types.PatronsToCallDocument,
    "\n  mutation MarkPatronTold($id: ID!) {\n    markPatronNotified(registrationId: $id) {\n      id\n      patronNotified\n    }\n  }\n": types.MarkPatronToldDocument,
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
export function graphql(source: "\n  query DeskBranches {\n    me {\n      id\n      branches {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskBranches {\n    me {\n      id\n      branches {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskSessions($from: DateTime!, $to: DateTime!, $branchIds: [ID!]) {\n    sessions(filter: { from: $from, to: $to, branchIds: $branchIds, statuses: [SCHEDULED] }, first: 100) {\n      nodes {\n        id\n        startsAt\n        endsAt\n        capacity\n        seatsTaken\n        waitlistLength\n        workshop {\n          id\n          title\n        }\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskSessions($from: DateTime!, $to: DateTime!, $branchIds: [ID!]) {\n    sessions(filter: { from: $from, to: $to, branchIds: $branchIds, statuses: [SCHEDULED] }, first: 100) {\n      nodes {\n        id\n        startsAt\n        endsAt\n        capacity\n        seatsTaken\n        waitlistLength\n        workshop {\n          id\n          title\n        }\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskRegister($input: DeskRegistrationInput!) {\n    registerAtDesk(input: $input) {\n      registration {\n        id\n        name\n        status\n        waitlistPosition\n        slipUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskRegister($input: DeskRegistrationInput!) {\n    registerAtDesk(input: $input) {\n      registration {\n        id\n        name\n        status\n        waitlistPosition\n        slipUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskSession($id: ID!) {\n    session(id: $id) {\n      id\n      startsAt\n      endsAt\n      status\n      capacity\n      seatsTaken\n      waitlistLength\n      workshop {\n        id\n        title\n      }\n      branch {\n        id\n        name\n        timeZone\n      }\n      room {\n        id\n        name\n      }\n      registrations {\n        id\n        name\n        phone\n        email\n        status\n        partySize\n        waitlistPosition\n        contactChannel\n        checkedInAt\n        patronNotified\n      }\n    }\n    serviceInfo {\n      smsAvailable\n      en: smsConsentText(language: \"en\")\n      es: smsConsentText(language: \"es\")\n    }\n  }\n"): (typeof documents)["\n  query DeskSession($id: ID!) {\n    session(id: $id) {\n      id\n      startsAt\n      endsAt\n      status\n      capacity\n      seatsTaken\n      waitlistLength\n      workshop {\n        id\n        title\n      }\n      branch {\n        id\n        name\n        timeZone\n      }\n      room {\n        id\n        name\n      }\n      registrations {\n        id\n        name\n        phone\n        email\n        status\n        partySize\n        waitlistPosition\n        contactChannel\n        checkedInAt\n        patronNotified\n      }\n    }\n    serviceInfo {\n      smsAvailable\n      en: smsConsentText(language: \"en\")\n      es: smsConsentText(language: \"es\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskCheckIn($id: ID!) {\n    checkIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeskCheckIn($id: ID!) {\n    checkIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskUndoCheckIn($id: ID!) {\n    undoCheckIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeskUndoCheckIn($id: ID!) {\n    undoCheckIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskCancel($id: ID!) {\n    cancelRegistrationById(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeskCancel($id: ID!) {\n    cancelRegistrationById(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatronsToCall {\n    registrations(filter: { notNotifiedOnly: true, statuses: [CONFIRMED, WAITLISTED, CANCELLED] }, first: 100) {\n      nodes {\n        id\n        name\n        phone\n        status\n        waitlistPosition\n        session {\n          id\n          startsAt\n          endsAt\n          status\n          workshop {\n            id\n            title\n          }\n          branch {\n            id\n            name\n            timeZone\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PatronsToCall {\n    registrations(filter: { notNotifiedOnly: true, statuses: [CONFIRMED, WAITLISTED, CANCELLED] }, first: 100) {\n      nodes {\n        id\n        name\n        phone\n        status\n        waitlistPosition\n        session {\n          id\n          startsAt\n          endsAt\n          status\n          workshop {\n            id\n            title\n          }\n          branch {\n            id\n            name\n            timeZone\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkPatronTold($id: ID!) {\n    markPatronNotified(registrationId: $id) {\n      id\n      patronNotified\n    }\n  }\n"): (typeof documents)["\n  mutation MarkPatronTold($id: ID!) {\n    markPatronNotified(registrationId: $id) {\n      id\n      patronNotified\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;