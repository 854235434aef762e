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
    "\n  query AdminBranch($id: ID!) {\n    branch(id: $id) {\n      id\n      name\n      address\n      phone\n      country\n      timeZone\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      programmingLimits {\n        maxSessionsPerDay\n        maxEveningSessionsPerWeek\n        eveningStartsAt\n      }\n      rooms(includeInactive: true) {\n        ...AdminRoom\n      }\n    }\n  }\n": typeof types.AdminBranchDocument,
    "\n  mutation AdminUpdateBranch($id: ID!, $input: UpdateBranchInput!) {\n    updateBranch(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateBranchDocument,
    "\n  query AdminBranches {\n    branches {\n      id\n      name\n      timeZone\n      address\n      rooms(includeInactive: true) {\n        id\n      }\n    }\n  }\n": typeof types.AdminBranchesDocument,
    "\n  mutation AdminCreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AdminCreateBranchDocument,
    "\n  fragment AdminRoom on Room {\n    id\n    name\n    capacity\n    features\n    setupMinutes\n    cleanupMinutes\n    active\n    branch {\n      id\n      timeZone\n    }\n  }\n": typeof types.AdminRoomFragmentDoc,
    "\n  mutation AdminCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateRoomDocument,
    "\n  mutation AdminUpdateRoom($id: ID!, $input: UpdateRoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateRoomDocument,
    "\n  query AdminSettings {\n    settings {\n      reminderLeadMinutes\n      capacityThresholds\n      waitlistDemandThreshold\n      lowRegistrationLeadHours\n      retentionDays\n      registrationOpensDaysBefore\n      registrationClosesMinutesBefore\n    }\n  }\n": typeof types.AdminSettingsDocument,
    "\n  mutation AdminUpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      reminderLeadMinutes\n      capacityThresholds\n      waitlistDemandThreshold\n      lowRegistrationLeadHours\n      retentionDays\n      registrationOpensDaysBefore\n      registrationClosesMinutesBefore\n    }\n  }\n": typeof types.AdminUpdateSettingsDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateUserDocument,
    "\n  query AdminUsers($filter: UserFilter) {\n    users(filter: $filter, first: 100) {\n      nodes {\n        id\n        displayName\n        email\n        role\n        active\n        branches {\n          id\n          name\n        }\n        agency {\n          id\n          name\n        }\n      }\n    }\n    branches {\n      id\n      name\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminDeactivate($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.AdminDeactivateDocument,
};
const documents: Documents = {
    "\n  query AdminBranch($id: ID!) {\n    branch(id: $id) {\n      id\n      name\n      address\n      phone\n      country\n      timeZone\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      programmingLimits {\n        maxSessionsPerDay\n        maxEveningSessionsPerWeek\n        eveningStartsAt\n      }\n      rooms(includeInactive: true) {\n        ...AdminRoom\n      }\n    }\n  }\n": types.AdminBranchDocument,
    "\n  mutation AdminUpdateBranch($id: ID!, $input: UpdateBranchInput!) {\n    updateBranch(id: $id, input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateBranchDocument,
    "\n  query AdminBranches {\n    branches {\n      id\n      name\n      timeZone\n      address\n      rooms(includeInactive: true) {\n        id\n      }\n    }\n  }\n": types.AdminBranchesDocument,
    "\n  mutation AdminCreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      id\n      name\n    }\n  }\n": types.AdminCreateBranchDocument,
    "\n  fragment AdminRoom on Room {\n    id\n    name\n    capacity\n    features\n    setupMinutes\n    cleanupMinutes\n    active\n    branch {\n      id\n      timeZone\n    }\n  }\n": types.AdminRoomFragmentDoc,
    "\n  mutation AdminCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateRoomDocument,
    "\n  mutation AdminUpdateRoom($id: ID!, $input: UpdateRoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateRoomDocument,
    "\n  query AdminSettings {\n    settings {\n      reminderLeadMinutes\n      capacityThresholds\n      waitlistDemandThreshold\n      lowRegistrationLeadHours\n      retentionDays\n      registrationOpensDaysBefore\n      registrationClosesMinutesBefore\n    }\n  }\n": types.AdminSettingsDocument,
    "\n  mutation AdminUpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      reminderLeadMinutes\n      capacityThresholds\n      waitlistDemandThreshold\n      lowRegistrationLeadHours\n      retentionDays\n      registrationOpensDaysBefore\n      registrationClosesMinutesBefore\n    }\n  }\n": types.AdminUpdateSettingsDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateUserDocument,
    "\n  query AdminUsers($filter: UserFilter) {\n    users(filter: $filter, first: 100) {\n      nodes {\n        id\n        displayName\n        email\n        role\n        active\n        branches {\n          id\n          name\n        }\n        agency {\n          id\n          name\n        }\n      }\n    }\n    branches {\n      id\n      name\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminDeactivate($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.AdminDeactivateDocument,
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
export function graphql(source: "\n  query AdminBranch($id: ID!) {\n    branch(id: $id) {\n      id\n      name\n      address\n      phone\n      country\n      timeZone\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      programmingLimits {\n        maxSessionsPerDay\n        maxEveningSessionsPerWeek\n        eveningStartsAt\n      }\n      rooms(includeInactive: true) {\n        ...AdminRoom\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminBranch($id: ID!) {\n    branch(id: $id) {\n      id\n      name\n      address\n      phone\n      country\n      timeZone\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      programmingLimits {\n        maxSessionsPerDay\n        maxEveningSessionsPerWeek\n        eveningStartsAt\n      }\n      rooms(includeInactive: true) {\n        ...AdminRoom\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateBranch($id: ID!, $input: UpdateBranchInput!) {\n    updateBranch(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateBranch($id: ID!, $input: UpdateBranchInput!) {\n    updateBranch(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBranches {\n    branches {\n      id\n      name\n      timeZone\n      address\n      rooms(includeInactive: true) {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminBranches {\n    branches {\n      id\n      name\n      timeZone\n      address\n      rooms(includeInactive: true) {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminRoom on Room {\n    id\n    name\n    capacity\n    features\n    setupMinutes\n    cleanupMinutes\n    active\n    branch {\n      id\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  fragment AdminRoom on Room {\n    id\n    name\n    capacity\n    features\n    setupMinutes\n    cleanupMinutes\n    active\n    branch {\n      id\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateRoom($id: ID!, $input: UpdateRoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateRoom($id: ID!, $input: UpdateRoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSettings {\n    settings {\n      reminderLeadMinutes\n      capacityThresholds\n      waitlistDemandThreshold\n      lowRegistrationLeadHours\n      retentionDays\n      registrationOpensDaysBefore\n      registrationClosesMinutesBefore\n    }\n  }\n"): (typeof documents)["\n  query AdminSettings {\n    settings {\n      reminderLeadMinutes\n      capacityThresholds\n      waitlistDemandThreshold\n      lowRegistrationLeadHours\n      retentionDays\n      registrationOpensDaysBefore\n      registrationClosesMinutesBefore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      reminderLeadMinutes\n      capacityThresholds\n      waitlistDemandThreshold\n      lowRegistrationLeadHours\n      retentionDays\n      registrationOpensDaysBefore\n      registrationClosesMinutesBefore\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      reminderLeadMinutes\n      capacityThresholds\n      waitlistDemandThreshold\n      lowRegistrationLeadHours\n      retentionDays\n      registrationOpensDaysBefore\n      registrationClosesMinutesBefore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($filter: UserFilter) {\n    users(filter: $filter, first: 100) {\n      nodes {\n        id\n        displayName\n        email\n        role\n        active\n        branches {\n          id\n          name\n        }\n        agency {\n          id\n          name\n        }\n      }\n    }\n    branches {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($filter: UserFilter) {\n    users(filter: $filter, first: 100) {\n      nodes {\n        id\n        displayName\n        email\n        role\n        active\n        branches {\n          id\n          name\n        }\n        agency {\n          id\n          name\n        }\n      }\n    }\n    branches {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivate($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeactivate($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;