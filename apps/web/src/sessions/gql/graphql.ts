/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AgencyKind =
  | 'EDUCATION'
  | 'GOVERNMENT'
  | 'HEALTHCARE'
  | 'NONPROFIT'
  | 'OTHER'
  | 'PUBLIC_HEALTH'
  | 'SOCIAL_SERVICES';

export type Audience =
  | 'ADULTS'
  | 'ALL_AGES'
  | 'CHILDREN'
  | 'FAMILIES'
  | 'SENIORS'
  | 'TEENS';

/** How the library reaches a patron about a registration. */
export type ContactChannel =
  | 'EMAIL'
  /** No messages: the patron keeps the printed slip. Desk and phone registrations only. */
  | 'NONE'
  /** Text messages to a mobile number. */
  | 'SMS';

export type RegisterInput = {
  accessibilityNeeds?: string | null | undefined;
  /** EMAIL or SMS here; NONE is for registerAtDesk. */
  contactChannel?: ContactChannel | null | undefined;
  /** Required when contactChannel is EMAIL (version 1 clients always send it). */
  email?: string | null | undefined;
  followUpOptIn?: boolean | null | undefined;
  /** BCP-47, matched by lookup (es-MX → es); a tag with no match is BAD_USER_INPUT. Default: the first of the workshop's languages that ServiceInfo.messageLanguages has, else the first of ServiceInfo.messageLanguages. */
  language?: string | null | undefined;
  /** 1 to 200 characters. */
  name: string;
  /** 1 to 6, and never more than the session's capacity. */
  partySize?: number | null | undefined;
  /** Required for SMS: a mobile number, E.164 or in the national format of the branch's country. */
  phone?: string | null | undefined;
  remindersOptIn?: boolean | null | undefined;
  sessionId: string | number;
  shareContactWithPartner?: boolean | null | undefined;
  /** Required true for SMS: the patron agreed to text messages about this registration (ServiceInfo.smsConsentText). */
  smsConsent?: boolean | null | undefined;
};

export type RegistrationStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'WAITLISTED';

export type RoomFeature =
  | 'CHILD_FRIENDLY'
  | 'COMPUTERS'
  | 'HEARING_LOOP'
  | 'KITCHEN'
  | 'PRIVATE_CONSULTATION'
  | 'PROJECTOR'
  | 'QUIET_ROOM'
  | 'VIDEO_CONFERENCING'
  | 'WHEELCHAIR_ACCESSIBLE';

export type SessionStatus =
  | 'CANCELLED'
  /** Its end time has passed. */
  | 'COMPLETED'
  /** Part of a workshop that is not approved yet. */
  | 'PROPOSED'
  /** Booked, published and (inside its registration window) open for registration. */
  | 'SCHEDULED';

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { registerForSession: { manageToken: string, registration: { id: string, status: RegistrationStatus, partySize: number, waitlistPosition: number | null, contactChannel: ContactChannel } } };

export type RegistrationServiceQueryVariables = Exact<{
  language: string;
}>;


export type RegistrationServiceQuery = { serviceInfo: { smsAvailable: boolean, smsConsentText: string } };

export type SessionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionPageQuery = { session: { id: string, startsAt: string, endsAt: string, status: SessionStatus, capacity: number, seatsRemaining: number, waitlistLength: number, registrationOpen: boolean, registrationOpensAt: string | null, cancellationReason: string | null, calendarUrl: string, branch: { id: string, name: string, address: string | null, timeZone: string }, room: { id: string, name: string, features: Array<RoomFeature> } | null, workshop: { id: string, title: string, summary: string, description: string, accessibilityNotes: string | null, audience: Array<Audience>, languages: Array<string>, tags: Array<string>, agency: { id: string, name: string, kind: AgencyKind, description: string | null, website: string | null }, sessions: Array<{ id: string, startsAt: string, endsAt: string, status: SessionStatus, seatsRemaining: number }> } } | null };

export type LiveSeatsSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type LiveSeatsSubscription = { seatAvailabilityChanged: { sessionId: string, status: SessionStatus, seatsRemaining: number, waitlistLength: number, registrationOpen: boolean } };


export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageToken"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"contactChannel"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const RegistrationServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"smsConsentText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}}]} as unknown as DocumentNode<RegistrationServiceQuery, RegistrationServiceQueryVariables>;
export const SessionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"features"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seatsRemaining"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionPageQuery, SessionPageQueryVariables>;
export const LiveSeatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveSeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatAvailabilityChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seatsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}}]}}]}}]} as unknown as DocumentNode<LiveSeatsSubscription, LiveSeatsSubscriptionVariables>;