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
    "\n  mutation ChangePassword($current: String!, $password: String!) {\n    changePassword(currentPassword: $current, newPassword: $password, useCookie: true)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, newPassword: $password, useCookie: true) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.SetPasswordDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password, useCookie: true) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation ForgotPassword($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.ForgotPasswordDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      role\n      agency {\n        id\n        name\n        status\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($current: String!, $password: String!) {\n    changePassword(currentPassword: $current, newPassword: $password, useCookie: true)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, newPassword: $password, useCookie: true) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.SetPasswordDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password, useCookie: true) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation ForgotPassword($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.ForgotPasswordDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      role\n      agency {\n        id\n        name\n        status\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
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
export function graphql(source: "\n  mutation ChangePassword($current: String!, $password: String!) {\n    changePassword(currentPassword: $current, newPassword: $password, useCookie: true)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($current: String!, $password: String!) {\n    changePassword(currentPassword: $current, newPassword: $password, useCookie: true)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, newPassword: $password, useCookie: true) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, newPassword: $password, useCookie: true) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password, useCookie: true) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password, useCookie: true) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgotPassword($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation ForgotPassword($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      role\n      agency {\n        id\n        name\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      role\n      agency {\n        id\n        name\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;