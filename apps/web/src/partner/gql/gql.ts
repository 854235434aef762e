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
    "\n  mutation Apply($input: PartnerApplicationInput!) {\n    applyAsPartner(input: $input, useCookie: true) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ApplyDocument,
    "\n  query PartnerDashboard($agencyId: ID!, $upcoming: SessionFilter) {\n    agency(id: $agencyId) {\n      id\n      name\n      status\n      statusReason\n      contactEmail\n      workshops(first: 100) {\n        nodes {\n          id\n          title\n          status\n          updatedAt\n        }\n      }\n      notices(first: 10) {\n        id\n        kind\n        subject\n        createdAt\n        session {\n          id\n          startsAt\n          endsAt\n          branch {\n            id\n            timeZone\n          }\n          workshop {\n            id\n            title\n          }\n        }\n      }\n    }\n    sessions(filter: $upcoming, first: 20) {\n      nodes {\n        id\n        startsAt\n        endsAt\n        status\n        capacity\n        seatsTaken\n        waitlistLength\n        workshop {\n          id\n          title\n        }\n        branch {\n          id\n          name\n          timeZone\n        }\n      }\n    }\n  }\n": typeof types.PartnerDashboardDocument,
    "\n  query AgencyMembers($id: ID!) {\n    agency(id: $id) {\n      id\n      members {\n        id\n        displayName\n        email\n        active\n      }\n    }\n  }\n": typeof types.AgencyMembersDocument,
    "\n  mutation AddMember($input: AgencyMemberInput!) {\n    addAgencyMember(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeAgencyMember(userId: $userId) {\n      id\n      active\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query AgencyProfile($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      kind\n      description\n      contactEmail\n      phone\n      website\n    }\n  }\n": typeof types.AgencyProfileDocument,
    "\n  mutation SaveAgency($id: ID!, $input: UpdateAgencyInput!) {\n    updateAgency(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SaveAgencyDocument,
    "\n  query AgencyReport($agencyId: ID!, $from: Date!, $to: Date!) {\n    agencyReport(agencyId: $agencyId, from: $from, to: $to) {\n      csvUrl\n      rows {\n        key\n        sessions\n        cancelledSessions\n        confirmedSeats\n        checkedInSeats\n        walkIns\n        waitlistedSeats\n        attendanceRate\n      }\n      totals {\n        key\n        sessions\n        cancelledSessions\n        confirmedSeats\n        checkedInSeats\n        walkIns\n        waitlistedSeats\n        attendanceRate\n      }\n    }\n  }\n": typeof types.AgencyReportDocument,
    "\n  query AvailableRooms($input: AvailableRoomsInput!) {\n    availableRooms(input: $input) {\n      id\n      name\n      capacity\n      features\n    }\n  }\n": typeof types.AvailableRoomsDocument,
    "\n  query CheckSlot($roomId: ID!, $startsAt: DateTime!, $endsAt: DateTime!) {\n    checkAvailability(roomId: $roomId, startsAt: $startsAt, endsAt: $endsAt) {\n      reason\n      message\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.CheckSlotDocument,
    "\n  query WorkshopEditor($id: ID!, $editing: Boolean!) {\n    branches {\n      id\n      name\n      timeZone\n      rooms {\n        id\n        name\n        capacity\n        features\n      }\n    }\n    workshop(id: $id) @include(if: $editing) {\n      id\n      status\n      title\n      summary\n      description\n      tags\n      audience\n      languages\n      accessibilityNotes\n      followUpResources\n      capacity\n      minAttendance\n      requiredFeatures\n      sessionRequests {\n        startsAt\n        endsAt\n        recurrence\n        branch {\n          id\n          timeZone\n        }\n        room {\n          id\n        }\n      }\n    }\n  }\n": typeof types.WorkshopEditorDocument,
    "\n  mutation CreateWorkshop($input: WorkshopInput!) {\n    createWorkshop(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateWorkshopDocument,
    "\n  mutation UpdateWorkshop($id: ID!, $input: UpdateWorkshopInput!) {\n    updateWorkshop(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateWorkshopDocument,
    "\n  mutation SubmitWorkshop($id: ID!) {\n    submitWorkshop(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitWorkshopDocument,
    "\n  query PartnerWorkshop($id: ID!) {\n    workshop(id: $id) {\n      id\n      title\n      summary\n      status\n      submittedAt\n      reviewHistory {\n        id\n        action\n        comment\n        at\n        actor {\n          id\n          displayName\n        }\n      }\n      sessionRequests {\n        startsAt\n        endsAt\n        recurrence\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        capacity\n        seatsTaken\n        waitlistLength\n        checkedInCount\n        cancellationReason\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n        booking {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.PartnerWorkshopDocument,
    "\n  query SessionRegistrants($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      seatsTaken\n      registrations(statuses: [CONFIRMED, WAITLISTED]) {\n        id\n        name\n        email\n        partySize\n        status\n        checkedInAt\n      }\n    }\n  }\n": typeof types.SessionRegistrantsDocument,
    "\n  mutation WithdrawWorkshop($id: ID!, $reason: String) {\n    withdrawWorkshop(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawWorkshopDocument,
    "\n  mutation ResubmitWorkshop($id: ID!) {\n    submitWorkshop(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ResubmitWorkshopDocument,
    "\n  mutation CancelOwnSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      status\n      cancellationReason\n    }\n  }\n": typeof types.CancelOwnSessionDocument,
    "\n  mutation PartnerCheckIn($registrationId: ID!) {\n    checkIn(registrationId: $registrationId) {\n      id\n      checkedInAt\n    }\n  }\n": typeof types.PartnerCheckInDocument,
};
const documents: Documents = {
    "\n  mutation Apply($input: PartnerApplicationInput!) {\n    applyAsPartner(input: $input, useCookie: true) {\n      user {\n        id\n      }\n    }\n  }\n": types.ApplyDocument,
    "\n  query PartnerDashboard($agencyId: ID!, $upcoming: SessionFilter) {\n    agency(id: $agencyId) {\n      id\n      name\n      status\n      statusReason\n      contactEmail\n      workshops(first: 100) {\n        nodes {\n          id\n          title\n          status\n          updatedAt\n        }\n      }\n      notices(first: 10) {\n        id\n        kind\n        subject\n        createdAt\n        session {\n          id\n          startsAt\n          endsAt\n          branch {\n            id\n            timeZone\n          }\n          workshop {\n            id\n            title\n          }\n        }\n      }\n    }\n    sessions(filter: $upcoming, first: 20) {\n      nodes {\n        id\n        startsAt\n        endsAt\n        status\n        capacity\n        seatsTaken\n        waitlistLength\n        workshop {\n          id\n          title\n        }\n        branch {\n          id\n          name\n          timeZone\n        }\n      }\n    }\n  }\n": types.PartnerDashboardDocument,
    "\n  query AgencyMembers($id: ID!) {\n    agency(id: $id) {\n      id\n      members {\n        id\n        displayName\n        email\n        active\n      }\n    }\n  }\n": types.AgencyMembersDocument,
    "\n  mutation AddMember($input: AgencyMemberInput!) {\n    addAgencyMember(input: $input) {\n      id\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeAgencyMember(userId: $userId) {\n      id\n      active\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  query AgencyProfile($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      kind\n      description\n      contactEmail\n      phone\n      website\n    }\n  }\n": types.AgencyProfileDocument,
    "\n  mutation SaveAgency($id: ID!, $input: UpdateAgencyInput!) {\n    updateAgency(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.SaveAgencyDocument,
    "\n  query AgencyReport($agencyId: ID!, $from: Date!, $to: Date!) {\n    agencyReport(agencyId: $agencyId, from: $from, to: $to) {\n      csvUrl\n      rows {\n        key\n        sessions\n        cancelledSessions\n        confirmedSeats\n        checkedInSeats\n        walkIns\n        waitlistedSeats\n        attendanceRate\n      }\n      totals {\n        key\n        sessions\n        cancelledSessions\n        confirmedSeats\n        checkedInSeats\n        walkIns\n        waitlistedSeats\n        attendanceRate\n      }\n    }\n  }\n": types.AgencyReportDocument,
    "\n  query AvailableRooms($input: AvailableRoomsInput!) {\n    availableRooms(input: $input) {\n      id\n      name\n      capacity\n      features\n    }\n  }\n": types.AvailableRoomsDocument,
    "\n  query CheckSlot($roomId: ID!, $startsAt: DateTime!, $endsAt: DateTime!) {\n    checkAvailability(roomId: $roomId, startsAt: $startsAt, endsAt: $endsAt) {\n      reason\n      message\n      startsAt\n      endsAt\n    }\n  }\n": types.CheckSlotDocument,
    "\n  query WorkshopEditor($id: ID!, $editing: Boolean!) {\n    branches {\n      id\n      name\n      timeZone\n      rooms {\n        id\n        name\n        capacity\n        features\n      }\n    }\n    workshop(id: $id) @include(if: $editing) {\n      id\n      status\n      title\n      summary\n      description\n      tags\n      audience\n      languages\n      accessibilityNotes\n      followUpResources\n      capacity\n      minAttendance\n      requiredFeatures\n      sessionRequests {\n        startsAt\n        endsAt\n        recurrence\n        branch {\n          id\n          timeZone\n        }\n        room {\n          id\n        }\n      }\n    }\n  }\n": types.WorkshopEditorDocument,
    "\n  mutation CreateWorkshop($input: WorkshopInput!) {\n    createWorkshop(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateWorkshopDocument,
    "\n  mutation UpdateWorkshop($id: ID!, $input: UpdateWorkshopInput!) {\n    updateWorkshop(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateWorkshopDocument,
    "\n  mutation SubmitWorkshop($id: ID!) {\n    submitWorkshop(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitWorkshopDocument,
    "\n  query PartnerWorkshop($id: ID!) {\n    workshop(id: $id) {\n      id\n      title\n      summary\n      status\n      submittedAt\n      reviewHistory {\n        id\n        action\n        comment\n        at\n        actor {\n          id\n          displayName\n        }\n      }\n      sessionRequests {\n        startsAt\n        endsAt\n        recurrence\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        capacity\n        seatsTaken\n        waitlistLength\n        checkedInCount\n        cancellationReason\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n        booking {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.PartnerWorkshopDocument,
    "\n  query SessionRegistrants($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      seatsTaken\n      registrations(statuses: [CONFIRMED, WAITLISTED]) {\n        id\n        name\n        email\n        partySize\n        status\n        checkedInAt\n      }\n    }\n  }\n": types.SessionRegistrantsDocument,
    "\n  mutation WithdrawWorkshop($id: ID!, $reason: String) {\n    withdrawWorkshop(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.WithdrawWorkshopDocument,
    "\n  mutation ResubmitWorkshop($id: ID!) {\n    submitWorkshop(id: $id) {\n      id\n      status\n    }\n  }\n": types.ResubmitWorkshopDocument,
    "\n  mutation CancelOwnSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      status\n      cancellationReason\n    }\n  }\n": types.CancelOwnSessionDocument,
    "\n  mutation PartnerCheckIn($registrationId: ID!) {\n    checkIn(registrationId: $registrationId) {\n      id\n      checkedInAt\n    }\n  }\n": types.PartnerCheckInDocument,
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
export function graphql(source: "\n  mutation Apply($input: PartnerApplicationInput!) {\n    applyAsPartner(input: $input, useCookie: true) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Apply($input: PartnerApplicationInput!) {\n    applyAsPartner(input: $input, useCookie: true) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDashboard($agencyId: ID!, $upcoming: SessionFilter) {\n    agency(id: $agencyId) {\n      id\n      name\n      status\n      statusReason\n      contactEmail\n      workshops(first: 100) {\n        nodes {\n          id\n          title\n          status\n          updatedAt\n        }\n      }\n      notices(first: 10) {\n        id\n        kind\n        subject\n        createdAt\n        session {\n          id\n          startsAt\n          endsAt\n          branch {\n            id\n            timeZone\n          }\n          workshop {\n            id\n            title\n          }\n        }\n      }\n    }\n    sessions(filter: $upcoming, first: 20) {\n      nodes {\n        id\n        startsAt\n        endsAt\n        status\n        capacity\n        seatsTaken\n        waitlistLength\n        workshop {\n          id\n          title\n        }\n        branch {\n          id\n          name\n          timeZone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerDashboard($agencyId: ID!, $upcoming: SessionFilter) {\n    agency(id: $agencyId) {\n      id\n      name\n      status\n      statusReason\n      contactEmail\n      workshops(first: 100) {\n        nodes {\n          id\n          title\n          status\n          updatedAt\n        }\n      }\n      notices(first: 10) {\n        id\n        kind\n        subject\n        createdAt\n        session {\n          id\n          startsAt\n          endsAt\n          branch {\n            id\n            timeZone\n          }\n          workshop {\n            id\n            title\n          }\n        }\n      }\n    }\n    sessions(filter: $upcoming, first: 20) {\n      nodes {\n        id\n        startsAt\n        endsAt\n        status\n        capacity\n        seatsTaken\n        waitlistLength\n        workshop {\n          id\n          title\n        }\n        branch {\n          id\n          name\n          timeZone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyMembers($id: ID!) {\n    agency(id: $id) {\n      id\n      members {\n        id\n        displayName\n        email\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyMembers($id: ID!) {\n    agency(id: $id) {\n      id\n      members {\n        id\n        displayName\n        email\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($input: AgencyMemberInput!) {\n    addAgencyMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($input: AgencyMemberInput!) {\n    addAgencyMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($userId: ID!) {\n    removeAgencyMember(userId: $userId) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($userId: ID!) {\n    removeAgencyMember(userId: $userId) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyProfile($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      kind\n      description\n      contactEmail\n      phone\n      website\n    }\n  }\n"): (typeof documents)["\n  query AgencyProfile($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      kind\n      description\n      contactEmail\n      phone\n      website\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAgency($id: ID!, $input: UpdateAgencyInput!) {\n    updateAgency(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAgency($id: ID!, $input: UpdateAgencyInput!) {\n    updateAgency(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyReport($agencyId: ID!, $from: Date!, $to: Date!) {\n    agencyReport(agencyId: $agencyId, from: $from, to: $to) {\n      csvUrl\n      rows {\n        key\n        sessions\n        cancelledSessions\n        confirmedSeats\n        checkedInSeats\n        walkIns\n        waitlistedSeats\n        attendanceRate\n      }\n      totals {\n        key\n        sessions\n        cancelledSessions\n        confirmedSeats\n        checkedInSeats\n        walkIns\n        waitlistedSeats\n        attendanceRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyReport($agencyId: ID!, $from: Date!, $to: Date!) {\n    agencyReport(agencyId: $agencyId, from: $from, to: $to) {\n      csvUrl\n      rows {\n        key\n        sessions\n        cancelledSessions\n        confirmedSeats\n        checkedInSeats\n        walkIns\n        waitlistedSeats\n        attendanceRate\n      }\n      totals {\n        key\n        sessions\n        cancelledSessions\n        confirmedSeats\n        checkedInSeats\n        walkIns\n        waitlistedSeats\n        attendanceRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableRooms($input: AvailableRoomsInput!) {\n    availableRooms(input: $input) {\n      id\n      name\n      capacity\n      features\n    }\n  }\n"): (typeof documents)["\n  query AvailableRooms($input: AvailableRoomsInput!) {\n    availableRooms(input: $input) {\n      id\n      name\n      capacity\n      features\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckSlot($roomId: ID!, $startsAt: DateTime!, $endsAt: DateTime!) {\n    checkAvailability(roomId: $roomId, startsAt: $startsAt, endsAt: $endsAt) {\n      reason\n      message\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  query CheckSlot($roomId: ID!, $startsAt: DateTime!, $endsAt: DateTime!) {\n    checkAvailability(roomId: $roomId, startsAt: $startsAt, endsAt: $endsAt) {\n      reason\n      message\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopEditor($id: ID!, $editing: Boolean!) {\n    branches {\n      id\n      name\n      timeZone\n      rooms {\n        id\n        name\n        capacity\n        features\n      }\n    }\n    workshop(id: $id) @include(if: $editing) {\n      id\n      status\n      title\n      summary\n      description\n      tags\n      audience\n      languages\n      accessibilityNotes\n      followUpResources\n      capacity\n      minAttendance\n      requiredFeatures\n      sessionRequests {\n        startsAt\n        endsAt\n        recurrence\n        branch {\n          id\n          timeZone\n        }\n        room {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkshopEditor($id: ID!, $editing: Boolean!) {\n    branches {\n      id\n      name\n      timeZone\n      rooms {\n        id\n        name\n        capacity\n        features\n      }\n    }\n    workshop(id: $id) @include(if: $editing) {\n      id\n      status\n      title\n      summary\n      description\n      tags\n      audience\n      languages\n      accessibilityNotes\n      followUpResources\n      capacity\n      minAttendance\n      requiredFeatures\n      sessionRequests {\n        startsAt\n        endsAt\n        recurrence\n        branch {\n          id\n          timeZone\n        }\n        room {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkshop($input: WorkshopInput!) {\n    createWorkshop(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkshop($input: WorkshopInput!) {\n    createWorkshop(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkshop($id: ID!, $input: UpdateWorkshopInput!) {\n    updateWorkshop(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkshop($id: ID!, $input: UpdateWorkshopInput!) {\n    updateWorkshop(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitWorkshop($id: ID!) {\n    submitWorkshop(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitWorkshop($id: ID!) {\n    submitWorkshop(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerWorkshop($id: ID!) {\n    workshop(id: $id) {\n      id\n      title\n      summary\n      status\n      submittedAt\n      reviewHistory {\n        id\n        action\n        comment\n        at\n        actor {\n          id\n          displayName\n        }\n      }\n      sessionRequests {\n        startsAt\n        endsAt\n        recurrence\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        capacity\n        seatsTaken\n        waitlistLength\n        checkedInCount\n        cancellationReason\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n        booking {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerWorkshop($id: ID!) {\n    workshop(id: $id) {\n      id\n      title\n      summary\n      status\n      submittedAt\n      reviewHistory {\n        id\n        action\n        comment\n        at\n        actor {\n          id\n          displayName\n        }\n      }\n      sessionRequests {\n        startsAt\n        endsAt\n        recurrence\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        capacity\n        seatsTaken\n        waitlistLength\n        checkedInCount\n        cancellationReason\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n        booking {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionRegistrants($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      seatsTaken\n      registrations(statuses: [CONFIRMED, WAITLISTED]) {\n        id\n        name\n        email\n        partySize\n        status\n        checkedInAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionRegistrants($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      seatsTaken\n      registrations(statuses: [CONFIRMED, WAITLISTED]) {\n        id\n        name\n        email\n        partySize\n        status\n        checkedInAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawWorkshop($id: ID!, $reason: String) {\n    withdrawWorkshop(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawWorkshop($id: ID!, $reason: String) {\n    withdrawWorkshop(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitWorkshop($id: ID!) {\n    submitWorkshop(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResubmitWorkshop($id: ID!) {\n    submitWorkshop(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOwnSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      status\n      cancellationReason\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOwnSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      status\n      cancellationReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerCheckIn($registrationId: ID!) {\n    checkIn(registrationId: $registrationId) {\n      id\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerCheckIn($registrationId: ID!) {\n    checkIn(registrationId: $registrationId) {\n      id\n      checkedInAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;