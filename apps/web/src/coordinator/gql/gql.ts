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
    "\n  query CoordinatorAgencies {\n    agencies {\n      id\n      name\n      kind\n      status\n      statusReason\n      createdAt\n      contactEmail\n    }\n  }\n": typeof types.CoordinatorAgenciesDocument,
    "\n  query CoordinatorAgency($id: ID!, $from: Date!, $to: Date!) {\n    agency(id: $id) {\n      id\n      name\n      kind\n      status\n      statusReason\n      description\n      website\n      phone\n      contactEmail\n      verifiedAt\n      members {\n        id\n        displayName\n        email\n        active\n      }\n      workshops(first: 50) {\n        nodes {\n          id\n          title\n          status\n        }\n      }\n    }\n    agencyReport(agencyId: $id, from: $from, to: $to) {\n      ...ReportFields\n    }\n  }\n": typeof types.CoordinatorAgencyDocument,
    "\n  mutation CoordinatorVerify($id: ID!) {\n    verifyAgency(id: $id) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.CoordinatorVerifyDocument,
    "\n  mutation CoordinatorSuspend($id: ID!, $reason: String!) {\n    suspendAgency(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.CoordinatorSuspendDocument,
    "\n  mutation CoordinatorAddMember($input: AgencyMemberInput!) {\n    addAgencyMember(input: $input) {\n      id\n    }\n  }\n": typeof types.CoordinatorAddMemberDocument,
    "\n  mutation CoordinatorRemoveMember($userId: ID!) {\n    removeAgencyMember(userId: $userId) {\n      id\n      active\n    }\n  }\n": typeof types.CoordinatorRemoveMemberDocument,
    "\n  mutation CoordinatorUpdateAgency($id: ID!, $input: UpdateAgencyInput!) {\n    updateAgency(id: $id, input: $input) {\n      id\n      name\n      contactEmail\n      phone\n      website\n      description\n    }\n  }\n": typeof types.CoordinatorUpdateAgencyDocument,
    "\n  mutation CoordinatorBookRoom($input: BookRoomInput!) {\n    bookRoom(input: $input) {\n      id\n    }\n  }\n": typeof types.CoordinatorBookRoomDocument,
    "\n  mutation CoordinatorCancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CoordinatorCancelBookingDocument,
    "\n  query CoordinatorCalendarBranches {\n    me {\n      id\n      branches {\n        id\n      }\n    }\n    branches {\n      id\n      name\n      timeZone\n    }\n  }\n": typeof types.CoordinatorCalendarBranchesDocument,
    "\n  query CoordinatorCalendar($branchId: ID!, $from: DateTime!, $to: DateTime!, $fromDay: Date!, $toDay: Date!) {\n    branch(id: $branchId) {\n      id\n      name\n      timeZone\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      closures(from: $fromDay, to: $toDay) {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      rooms {\n        id\n        name\n        capacity\n        bookings(from: $from, to: $to) {\n          id\n          kind\n          status\n          startsAt\n          endsAt\n          blockedFrom\n          blockedUntil\n          note\n          session {\n            id\n            status\n            seatsTaken\n            waitlistLength\n            workshop {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CoordinatorCalendarDocument,
    "\n  mutation CoordinatorCheckInByToken($token: String!) {\n    checkInByToken(token: $token) {\n      id\n      name\n      partySize\n      checkedInAt\n      session {\n        id\n        workshop {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.CoordinatorCheckInByTokenDocument,
    "\n  mutation CoordinatorAddClosure($branchId: ID!, $input: ClosureInput!, $cancelSessions: Boolean) {\n    addClosure(branchId: $branchId, input: $input, cancelSessions: $cancelSessions) {\n      id\n    }\n  }\n": typeof types.CoordinatorAddClosureDocument,
    "\n  mutation CoordinatorRemoveClosure($id: ID!) {\n    removeClosure(id: $id)\n  }\n": typeof types.CoordinatorRemoveClosureDocument,
    "\n  mutation CoordinatorApprove($input: ApproveWorkshopInput!) {\n    approveWorkshop(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CoordinatorApproveDocument,
    "\n  mutation CoordinatorRequestChanges($id: ID!, $comment: String!) {\n    requestWorkshopChanges(id: $id, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.CoordinatorRequestChangesDocument,
    "\n  mutation CoordinatorDecline($id: ID!, $reason: String!) {\n    declineWorkshop(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CoordinatorDeclineDocument,
    "\n  mutation CoordinatorRetry($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n": typeof types.CoordinatorRetryDocument,
    "\n  query CoordinatorMessages($filter: NotificationFilter, $after: String) {\n    notifications(filter: $filter, first: 50, after: $after) {\n      nodes {\n        ...MessageRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CoordinatorMessagesDocument,
    "\n  query CoordinatorCheckMove($roomId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $ignore: ID) {\n    checkAvailability(roomId: $roomId, startsAt: $startsAt, endsAt: $endsAt, ignoreSessionId: $ignore) {\n      reason\n      message\n    }\n  }\n": typeof types.CoordinatorCheckMoveDocument,
    "\n  mutation CoordinatorReschedule($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      capacity\n      room {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CoordinatorRescheduleDocument,
    "\n  query CoordinatorProposal($id: ID!) {\n    workshop(id: $id) {\n      id\n      title\n      summary\n      description\n      status\n      capacity\n      languages\n      tags\n      requiredFeatures\n      accessibilityNotes\n      submittedAt\n      agency {\n        id\n        name\n        status\n        contactEmail\n      }\n      reviewHistory {\n        id\n        action\n        at\n        comment\n        overrodeLoadLimits\n        actor {\n          id\n          displayName\n        }\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        branch {\n          id\n          name\n          timeZone\n        }\n        booking {\n          id\n          status\n          room {\n            id\n            name\n            capacity\n          }\n        }\n      }\n    }\n  }\n": typeof types.CoordinatorProposalDocument,
    "\n  query CoordinatorCheckApproval($input: ApproveWorkshopInput!) {\n    checkApproval(input: $input) {\n      reason\n      message\n      startsAt\n      endsAt\n      roomId\n      sessionId\n      conflictingBookingId\n    }\n  }\n": typeof types.CoordinatorCheckApprovalDocument,
    "\n  query CoordinatorFreeRooms($input: AvailableRoomsInput!) {\n    availableRooms(input: $input) {\n      id\n      name\n      capacity\n      features\n    }\n  }\n": typeof types.CoordinatorFreeRoomsDocument,
    "\n  query CoordinatorReport($from: Date!, $to: Date!, $groupBy: ReportGrouping, $branchId: ID) {\n    branches {\n      id\n      name\n    }\n    programReport(from: $from, to: $to, groupBy: $groupBy, branchId: $branchId) {\n      ...ReportFields\n    }\n  }\n": typeof types.CoordinatorReportDocument,
    "\n  fragment ReportFields on ProgramReport {\n    csvUrl\n    rows {\n      ...ReportRowFields\n    }\n    totals {\n      ...ReportRowFields\n    }\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  fragment ReportRowFields on ReportRow {\n    id\n    key\n    sessions\n    cancelledSessions\n    confirmedSeats\n    checkedInSeats\n    walkIns\n    waitlistedSeats\n    attendanceRate\n  }\n": typeof types.ReportRowFieldsFragmentDoc,
    "\n  query CoordinatorSession($id: ID!) {\n    session(id: $id) {\n      id\n      startsAt\n      endsAt\n      status\n      capacity\n      seatsTaken\n      waitlistLength\n      checkedInCount\n      walkInCount\n      registrationOpensAt\n      registrationClosesAt\n      ownRegistrationOpensAt\n      ownRegistrationClosesAt\n      registrationOpen\n      cancellationReason\n      workshop {\n        id\n        title\n        agency {\n          id\n          name\n        }\n      }\n      branch {\n        id\n        name\n        timeZone\n      }\n      room {\n        id\n        name\n        capacity\n      }\n      registrations {\n        id\n        name\n        status\n        partySize\n        waitlistPosition\n        accessibilityNeeds\n        contactChannel\n        checkedInAt\n        createdAt\n      }\n    }\n    notifications(filter: { sessionId: $id }, first: 50) {\n      nodes {\n        ...MessageRow\n      }\n    }\n  }\n": typeof types.CoordinatorSessionDocument,
    "\n  subscription CoordinatorLiveSeats($sessionId: ID!) {\n    seatAvailabilityChanged(sessionId: $sessionId) {\n      sessionId\n      seatsTaken\n      seatsRemaining\n    }\n  }\n": typeof types.CoordinatorLiveSeatsDocument,
    "\n  mutation CoordinatorCheckIn($id: ID!) {\n    checkIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n": typeof types.CoordinatorCheckInDocument,
    "\n  mutation CoordinatorUndoCheckIn($id: ID!) {\n    undoCheckIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n": typeof types.CoordinatorUndoCheckInDocument,
    "\n  mutation CoordinatorWalkIns($sessionId: ID!, $count: Int!) {\n    recordWalkIns(sessionId: $sessionId, count: $count) {\n      id\n      walkInCount\n    }\n  }\n": typeof types.CoordinatorWalkInsDocument,
    "\n  mutation CoordinatorCapacity($id: ID!, $capacity: Int!) {\n    setSessionCapacity(id: $id, capacity: $capacity) {\n      id\n      capacity\n      seatsTaken\n      waitlistLength\n    }\n  }\n": typeof types.CoordinatorCapacityDocument,
    "\n  mutation CoordinatorWindow($sessionId: ID!, $opensAt: DateTime, $closesAt: DateTime) {\n    setRegistrationWindow(sessionId: $sessionId, opensAt: $opensAt, closesAt: $closesAt) {\n      id\n      registrationOpensAt\n      registrationClosesAt\n      ownRegistrationOpensAt\n      ownRegistrationClosesAt\n      registrationOpen\n    }\n  }\n": typeof types.CoordinatorWindowDocument,
    "\n  mutation CoordinatorCancelSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      status\n      cancellationReason\n    }\n  }\n": typeof types.CoordinatorCancelSessionDocument,
    "\n  query CoordinatorMyBranches {\n    me {\n      id\n      branches {\n        id\n      }\n    }\n  }\n": typeof types.CoordinatorMyBranchesDocument,
    "\n  query CoordinatorToday($thisWeek: Date!, $nextWeek: Date!, $from: DateTime!, $to: DateTime!, $branchIds: [ID!]) {\n    workshops(filter: { statuses: [SUBMITTED], branchIds: $branchIds }, orderBy: SUBMITTED_AT_ASC, first: 50) {\n      nodes {\n        id\n        title\n        submittedAt\n        agency {\n          id\n          name\n        }\n      }\n    }\n    branches {\n      id\n      name\n      programmingLimits {\n        maxSessionsPerDay\n        maxEveningSessionsPerWeek\n      }\n      thisWeek: load(weekOf: $thisWeek) {\n        ...LoadWeek\n      }\n      nextWeek: load(weekOf: $nextWeek) {\n        ...LoadWeek\n      }\n    }\n    sessions(filter: { from: $from, to: $to, statuses: [SCHEDULED, COMPLETED], branchIds: $branchIds }, first: 100) {\n      nodes {\n        id\n        startsAt\n        endsAt\n        capacity\n        seatsTaken\n        checkedInCount\n        workshop {\n          id\n          title\n        }\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n      }\n    }\n    notices: notifications(filter: { kinds: [WAITLIST_DEMAND, LOW_REGISTRATION] }, first: 10) {\n      nodes {\n        ...MessageRow\n      }\n    }\n    failed: notifications(filter: { statuses: [FAILED] }, first: 10) {\n      nodes {\n        ...MessageRow\n      }\n    }\n  }\n": typeof types.CoordinatorTodayDocument,
    "\n  fragment LoadWeek on BranchLoad {\n    overLimit\n    eveningSessions\n    days {\n      date\n      sessions\n      eveningSessions\n    }\n  }\n": typeof types.LoadWeekFragmentDoc,
    "\n  fragment MessageRow on Notification {\n    id\n    kind\n    status\n    channel\n    subject\n    recipient\n    lastError\n    createdAt\n    session {\n      id\n      startsAt\n      workshop {\n        id\n        title\n      }\n      branch {\n        id\n        timeZone\n      }\n    }\n  }\n": typeof types.MessageRowFragmentDoc,
    "\n  query CoordinatorRooms {\n    branches {\n      id\n      name\n      timeZone\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n": typeof types.CoordinatorRoomsDocument,
    "\n  mutation CoordinatorAddSessions($input: AddSessionsInput!) {\n    addSessions(input: $input) {\n      id\n    }\n  }\n": typeof types.CoordinatorAddSessionsDocument,
    "\n  mutation CoordinatorCancelWorkshop($id: ID!, $reason: String!) {\n    cancelWorkshop(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CoordinatorCancelWorkshopDocument,
};
const documents: Documents = {
    "\n  query CoordinatorAgencies {\n    agencies {\n      id\n      name\n      kind\n      status\n      statusReason\n      createdAt\n      contactEmail\n    }\n  }\n": types.CoordinatorAgenciesDocument,
    "\n  query CoordinatorAgency($id: ID!, $from: Date!, $to: Date!) {\n    agency(id: $id) {\n      id\n      name\n      kind\n      status\n      statusReason\n      description\n      website\n      phone\n      contactEmail\n      verifiedAt\n      members {\n        id\n        displayName\n        email\n        active\n      }\n      workshops(first: 50) {\n        nodes {\n          id\n          title\n          status\n        }\n      }\n    }\n    agencyReport(agencyId: $id, from: $from, to: $to) {\n      ...ReportFields\n    }\n  }\n": types.CoordinatorAgencyDocument,
    "\n  mutation CoordinatorVerify($id: ID!) {\n    verifyAgency(id: $id) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.CoordinatorVerifyDocument,
    "\n  mutation CoordinatorSuspend($id: ID!, $reason: String!) {\n    suspendAgency(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.CoordinatorSuspendDocument,
    "\n  mutation CoordinatorAddMember($input: AgencyMemberInput!) {\n    addAgencyMember(input: $input) {\n      id\n    }\n  }\n": types.CoordinatorAddMemberDocument,
    "\n  mutation CoordinatorRemoveMember($userId: ID!) {\n    removeAgencyMember(userId: $userId) {\n      id\n      active\n    }\n  }\n": types.CoordinatorRemoveMemberDocument,
    "\n  mutation CoordinatorUpdateAgency($id: ID!, $input: UpdateAgencyInput!) {\n    updateAgency(id: $id, input: $input) {\n      id\n      name\n      contactEmail\n      phone\n      website\n      description\n    }\n  }\n": types.CoordinatorUpdateAgencyDocument,
    "\n  mutation CoordinatorBookRoom($input: BookRoomInput!) {\n    bookRoom(input: $input) {\n      id\n    }\n  }\n": types.CoordinatorBookRoomDocument,
    "\n  mutation CoordinatorCancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      id\n      status\n    }\n  }\n": types.CoordinatorCancelBookingDocument,
    "\n  query CoordinatorCalendarBranches {\n    me {\n      id\n      branches {\n        id\n      }\n    }\n    branches {\n      id\n      name\n      timeZone\n    }\n  }\n": types.CoordinatorCalendarBranchesDocument,
    "\n  query CoordinatorCalendar($branchId: ID!, $from: DateTime!, $to: DateTime!, $fromDay: Date!, $toDay: Date!) {\n    branch(id: $branchId) {\n      id\n      name\n      timeZone\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      closures(from: $fromDay, to: $toDay) {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      rooms {\n        id\n        name\n        capacity\n        bookings(from: $from, to: $to) {\n          id\n          kind\n          status\n          startsAt\n          endsAt\n          blockedFrom\n          blockedUntil\n          note\n          session {\n            id\n            status\n            seatsTaken\n            waitlistLength\n            workshop {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CoordinatorCalendarDocument,
    "\n  mutation CoordinatorCheckInByToken($token: String!) {\n    checkInByToken(token: $token) {\n      id\n      name\n      partySize\n      checkedInAt\n      session {\n        id\n        workshop {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.CoordinatorCheckInByTokenDocument,
    "\n  mutation CoordinatorAddClosure($branchId: ID!, $input: ClosureInput!, $cancelSessions: Boolean) {\n    addClosure(branchId: $branchId, input: $input, cancelSessions: $cancelSessions) {\n      id\n    }\n  }\n": types.CoordinatorAddClosureDocument,
    "\n  mutation CoordinatorRemoveClosure($id: ID!) {\n    removeClosure(id: $id)\n  }\n": types.CoordinatorRemoveClosureDocument,
    "\n  mutation CoordinatorApprove($input: ApproveWorkshopInput!) {\n    approveWorkshop(input: $input) {\n      id\n      status\n    }\n  }\n": types.CoordinatorApproveDocument,
    "\n  mutation CoordinatorRequestChanges($id: ID!, $comment: String!) {\n    requestWorkshopChanges(id: $id, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.CoordinatorRequestChangesDocument,
    "\n  mutation CoordinatorDecline($id: ID!, $reason: String!) {\n    declineWorkshop(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CoordinatorDeclineDocument,
    "\n  mutation CoordinatorRetry($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n": types.CoordinatorRetryDocument,
    "\n  query CoordinatorMessages($filter: NotificationFilter, $after: String) {\n    notifications(filter: $filter, first: 50, after: $after) {\n      nodes {\n        ...MessageRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CoordinatorMessagesDocument,
    "\n  query CoordinatorCheckMove($roomId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $ignore: ID) {\n    checkAvailability(roomId: $roomId, startsAt: $startsAt, endsAt: $endsAt, ignoreSessionId: $ignore) {\n      reason\n      message\n    }\n  }\n": types.CoordinatorCheckMoveDocument,
    "\n  mutation CoordinatorReschedule($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      capacity\n      room {\n        id\n        name\n      }\n    }\n  }\n": types.CoordinatorRescheduleDocument,
    "\n  query CoordinatorProposal($id: ID!) {\n    workshop(id: $id) {\n      id\n      title\n      summary\n      description\n      status\n      capacity\n      languages\n      tags\n      requiredFeatures\n      accessibilityNotes\n      submittedAt\n      agency {\n        id\n        name\n        status\n        contactEmail\n      }\n      reviewHistory {\n        id\n        action\n        at\n        comment\n        overrodeLoadLimits\n        actor {\n          id\n          displayName\n        }\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        branch {\n          id\n          name\n          timeZone\n        }\n        booking {\n          id\n          status\n          room {\n            id\n            name\n            capacity\n          }\n        }\n      }\n    }\n  }\n": types.CoordinatorProposalDocument,
    "\n  query CoordinatorCheckApproval($input: ApproveWorkshopInput!) {\n    checkApproval(input: $input) {\n      reason\n      message\n      startsAt\n      endsAt\n      roomId\n      sessionId\n      conflictingBookingId\n    }\n  }\n": types.CoordinatorCheckApprovalDocument,
    "\n  query CoordinatorFreeRooms($input: AvailableRoomsInput!) {\n    availableRooms(input: $input) {\n      id\n      name\n      capacity\n      features\n    }\n  }\n": types.CoordinatorFreeRoomsDocument,
    "\n  query CoordinatorReport($from: Date!, $to: Date!, $groupBy: ReportGrouping, $branchId: ID) {\n    branches {\n      id\n      name\n    }\n    programReport(from: $from, to: $to, groupBy: $groupBy, branchId: $branchId) {\n      ...ReportFields\n    }\n  }\n": types.CoordinatorReportDocument,
    "\n  fragment ReportFields on ProgramReport {\n    csvUrl\n    rows {\n      ...ReportRowFields\n    }\n    totals {\n      ...ReportRowFields\n    }\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  fragment ReportRowFields on ReportRow {\n    id\n    key\n    sessions\n    cancelledSessions\n    confirmedSeats\n    checkedInSeats\n    walkIns\n    waitlistedSeats\n    attendanceRate\n  }\n": types.ReportRowFieldsFragmentDoc,
    "\n  query CoordinatorSession($id: ID!) {\n    session(id: $id) {\n      id\n      startsAt\n      endsAt\n      status\n      capacity\n      seatsTaken\n      waitlistLength\n      checkedInCount\n      walkInCount\n      registrationOpensAt\n      registrationClosesAt\n      ownRegistrationOpensAt\n      ownRegistrationClosesAt\n      registrationOpen\n      cancellationReason\n      workshop {\n        id\n        title\n        agency {\n          id\n          name\n        }\n      }\n      branch {\n        id\n        name\n        timeZone\n      }\n      room {\n        id\n        name\n        capacity\n      }\n      registrations {\n        id\n        name\n        status\n        partySize\n        waitlistPosition\n        accessibilityNeeds\n        contactChannel\n        checkedInAt\n        createdAt\n      }\n    }\n    notifications(filter: { sessionId: $id }, first: 50) {\n      nodes {\n        ...MessageRow\n      }\n    }\n  }\n": types.CoordinatorSessionDocument,
    "\n  subscription CoordinatorLiveSeats($sessionId: ID!) {\n    seatAvailabilityChanged(sessionId: $sessionId) {\n      sessionId\n      seatsTaken\n      seatsRemaining\n    }\n  }\n": types.CoordinatorLiveSeatsDocument,
    "\n  mutation CoordinatorCheckIn($id: ID!) {\n    checkIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n": types.CoordinatorCheckInDocument,
    "\n  mutation CoordinatorUndoCheckIn($id: ID!) {\n    undoCheckIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n": types.CoordinatorUndoCheckInDocument,
    "\n  mutation CoordinatorWalkIns($sessionId: ID!, $count: Int!) {\n    recordWalkIns(sessionId: $sessionId, count: $count) {\n      id\n      walkInCount\n    }\n  }\n": types.CoordinatorWalkInsDocument,
    "\n  mutation CoordinatorCapacity($id: ID!, $capacity: Int!) {\n    setSessionCapacity(id: $id, capacity: $capacity) {\n      id\n      capacity\n      seatsTaken\n      waitlistLength\n    }\n  }\n": types.CoordinatorCapacityDocument,
    "\n  mutation CoordinatorWindow($sessionId: ID!, $opensAt: DateTime, $closesAt: DateTime) {\n    setRegistrationWindow(sessionId: $sessionId, opensAt: $opensAt, closesAt: $closesAt) {\n      id\n      registrationOpensAt\n      registrationClosesAt\n      ownRegistrationOpensAt\n      ownRegistrationClosesAt\n      registrationOpen\n    }\n  }\n": types.CoordinatorWindowDocument,
    "\n  mutation CoordinatorCancelSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      status\n      cancellationReason\n    }\n  }\n": types.CoordinatorCancelSessionDocument,
    "\n  query CoordinatorMyBranches {\n    me {\n      id\n      branches {\n        id\n      }\n    }\n  }\n": types.CoordinatorMyBranchesDocument,
    "\n  query CoordinatorToday($thisWeek: Date!, $nextWeek: Date!, $from: DateTime!, $to: DateTime!, $branchIds: [ID!]) {\n    workshops(filter: { statuses: [SUBMITTED], branchIds: $branchIds }, orderBy: SUBMITTED_AT_ASC, first: 50) {\n      nodes {\n        id\n        title\n        submittedAt\n        agency {\n          id\n          name\n        }\n      }\n    }\n    branches {\n      id\n      name\n      programmingLimits {\n        maxSessionsPerDay\n        maxEveningSessionsPerWeek\n      }\n      thisWeek: load(weekOf: $thisWeek) {\n        ...LoadWeek\n      }\n      nextWeek: load(weekOf: $nextWeek) {\n        ...LoadWeek\n      }\n    }\n    sessions(filter: { from: $from, to: $to, statuses: [SCHEDULED, COMPLETED], branchIds: $branchIds }, first: 100) {\n      nodes {\n        id\n        startsAt\n        endsAt\n        capacity\n        seatsTaken\n        checkedInCount\n        workshop {\n          id\n          title\n        }\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n      }\n    }\n    notices: notifications(filter: { kinds: [WAITLIST_DEMAND, LOW_REGISTRATION] }, first: 10) {\n      nodes {\n        ...MessageRow\n      }\n    }\n    failed: notifications(filter: { statuses: [FAILED] }, first: 10) {\n      nodes {\n        ...MessageRow\n      }\n    }\n  }\n": types.CoordinatorTodayDocument,
    "\n  fragment LoadWeek on BranchLoad {\n    overLimit\n    eveningSessions\n    days {\n      date\n      sessions\n      eveningSessions\n    }\n  }\n": types.LoadWeekFragmentDoc,
    "\n  fragment MessageRow on Notification {\n    id\n    kind\n    status\n    channel\n    subject\n    recipient\n    lastError\n    createdAt\n    session {\n      id\n      startsAt\n      workshop {\n        id\n        title\n      }\n      branch {\n        id\n        timeZone\n      }\n    }\n  }\n": types.MessageRowFragmentDoc,
    "\n  query CoordinatorRooms {\n    branches {\n      id\n      name\n      timeZone\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n": types.CoordinatorRoomsDocument,
    "\n  mutation CoordinatorAddSessions($input: AddSessionsInput!) {\n    addSessions(input: $input) {\n      id\n    }\n  }\n": types.CoordinatorAddSessionsDocument,
    "\n  mutation CoordinatorCancelWorkshop($id: ID!, $reason: String!) {\n    cancelWorkshop(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CoordinatorCancelWorkshopDocument,
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
export function graphql(source: "\n  query CoordinatorAgencies {\n    agencies {\n      id\n      name\n      kind\n      status\n      statusReason\n      createdAt\n      contactEmail\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorAgencies {\n    agencies {\n      id\n      name\n      kind\n      status\n      statusReason\n      createdAt\n      contactEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorAgency($id: ID!, $from: Date!, $to: Date!) {\n    agency(id: $id) {\n      id\n      name\n      kind\n      status\n      statusReason\n      description\n      website\n      phone\n      contactEmail\n      verifiedAt\n      members {\n        id\n        displayName\n        email\n        active\n      }\n      workshops(first: 50) {\n        nodes {\n          id\n          title\n          status\n        }\n      }\n    }\n    agencyReport(agencyId: $id, from: $from, to: $to) {\n      ...ReportFields\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorAgency($id: ID!, $from: Date!, $to: Date!) {\n    agency(id: $id) {\n      id\n      name\n      kind\n      status\n      statusReason\n      description\n      website\n      phone\n      contactEmail\n      verifiedAt\n      members {\n        id\n        displayName\n        email\n        active\n      }\n      workshops(first: 50) {\n        nodes {\n          id\n          title\n          status\n        }\n      }\n    }\n    agencyReport(agencyId: $id, from: $from, to: $to) {\n      ...ReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorVerify($id: ID!) {\n    verifyAgency(id: $id) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorVerify($id: ID!) {\n    verifyAgency(id: $id) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorSuspend($id: ID!, $reason: String!) {\n    suspendAgency(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorSuspend($id: ID!, $reason: String!) {\n    suspendAgency(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorAddMember($input: AgencyMemberInput!) {\n    addAgencyMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorAddMember($input: AgencyMemberInput!) {\n    addAgencyMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorRemoveMember($userId: ID!) {\n    removeAgencyMember(userId: $userId) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorRemoveMember($userId: ID!) {\n    removeAgencyMember(userId: $userId) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorUpdateAgency($id: ID!, $input: UpdateAgencyInput!) {\n    updateAgency(id: $id, input: $input) {\n      id\n      name\n      contactEmail\n      phone\n      website\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorUpdateAgency($id: ID!, $input: UpdateAgencyInput!) {\n    updateAgency(id: $id, input: $input) {\n      id\n      name\n      contactEmail\n      phone\n      website\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorBookRoom($input: BookRoomInput!) {\n    bookRoom(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorBookRoom($input: BookRoomInput!) {\n    bookRoom(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorCancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorCancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorCalendarBranches {\n    me {\n      id\n      branches {\n        id\n      }\n    }\n    branches {\n      id\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorCalendarBranches {\n    me {\n      id\n      branches {\n        id\n      }\n    }\n    branches {\n      id\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorCalendar($branchId: ID!, $from: DateTime!, $to: DateTime!, $fromDay: Date!, $toDay: Date!) {\n    branch(id: $branchId) {\n      id\n      name\n      timeZone\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      closures(from: $fromDay, to: $toDay) {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      rooms {\n        id\n        name\n        capacity\n        bookings(from: $from, to: $to) {\n          id\n          kind\n          status\n          startsAt\n          endsAt\n          blockedFrom\n          blockedUntil\n          note\n          session {\n            id\n            status\n            seatsTaken\n            waitlistLength\n            workshop {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorCalendar($branchId: ID!, $from: DateTime!, $to: DateTime!, $fromDay: Date!, $toDay: Date!) {\n    branch(id: $branchId) {\n      id\n      name\n      timeZone\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      closures(from: $fromDay, to: $toDay) {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      rooms {\n        id\n        name\n        capacity\n        bookings(from: $from, to: $to) {\n          id\n          kind\n          status\n          startsAt\n          endsAt\n          blockedFrom\n          blockedUntil\n          note\n          session {\n            id\n            status\n            seatsTaken\n            waitlistLength\n            workshop {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorCheckInByToken($token: String!) {\n    checkInByToken(token: $token) {\n      id\n      name\n      partySize\n      checkedInAt\n      session {\n        id\n        workshop {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorCheckInByToken($token: String!) {\n    checkInByToken(token: $token) {\n      id\n      name\n      partySize\n      checkedInAt\n      session {\n        id\n        workshop {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorAddClosure($branchId: ID!, $input: ClosureInput!, $cancelSessions: Boolean) {\n    addClosure(branchId: $branchId, input: $input, cancelSessions: $cancelSessions) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorAddClosure($branchId: ID!, $input: ClosureInput!, $cancelSessions: Boolean) {\n    addClosure(branchId: $branchId, input: $input, cancelSessions: $cancelSessions) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorRemoveClosure($id: ID!) {\n    removeClosure(id: $id)\n  }\n"): (typeof documents)["\n  mutation CoordinatorRemoveClosure($id: ID!) {\n    removeClosure(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorApprove($input: ApproveWorkshopInput!) {\n    approveWorkshop(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorApprove($input: ApproveWorkshopInput!) {\n    approveWorkshop(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorRequestChanges($id: ID!, $comment: String!) {\n    requestWorkshopChanges(id: $id, comment: $comment) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorRequestChanges($id: ID!, $comment: String!) {\n    requestWorkshopChanges(id: $id, comment: $comment) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorDecline($id: ID!, $reason: String!) {\n    declineWorkshop(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorDecline($id: ID!, $reason: String!) {\n    declineWorkshop(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorRetry($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorRetry($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorMessages($filter: NotificationFilter, $after: String) {\n    notifications(filter: $filter, first: 50, after: $after) {\n      nodes {\n        ...MessageRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorMessages($filter: NotificationFilter, $after: String) {\n    notifications(filter: $filter, first: 50, after: $after) {\n      nodes {\n        ...MessageRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorCheckMove($roomId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $ignore: ID) {\n    checkAvailability(roomId: $roomId, startsAt: $startsAt, endsAt: $endsAt, ignoreSessionId: $ignore) {\n      reason\n      message\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorCheckMove($roomId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $ignore: ID) {\n    checkAvailability(roomId: $roomId, startsAt: $startsAt, endsAt: $endsAt, ignoreSessionId: $ignore) {\n      reason\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorReschedule($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      capacity\n      room {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorReschedule($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      capacity\n      room {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorProposal($id: ID!) {\n    workshop(id: $id) {\n      id\n      title\n      summary\n      description\n      status\n      capacity\n      languages\n      tags\n      requiredFeatures\n      accessibilityNotes\n      submittedAt\n      agency {\n        id\n        name\n        status\n        contactEmail\n      }\n      reviewHistory {\n        id\n        action\n        at\n        comment\n        overrodeLoadLimits\n        actor {\n          id\n          displayName\n        }\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        branch {\n          id\n          name\n          timeZone\n        }\n        booking {\n          id\n          status\n          room {\n            id\n            name\n            capacity\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorProposal($id: ID!) {\n    workshop(id: $id) {\n      id\n      title\n      summary\n      description\n      status\n      capacity\n      languages\n      tags\n      requiredFeatures\n      accessibilityNotes\n      submittedAt\n      agency {\n        id\n        name\n        status\n        contactEmail\n      }\n      reviewHistory {\n        id\n        action\n        at\n        comment\n        overrodeLoadLimits\n        actor {\n          id\n          displayName\n        }\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        branch {\n          id\n          name\n          timeZone\n        }\n        booking {\n          id\n          status\n          room {\n            id\n            name\n            capacity\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorCheckApproval($input: ApproveWorkshopInput!) {\n    checkApproval(input: $input) {\n      reason\n      message\n      startsAt\n      endsAt\n      roomId\n      sessionId\n      conflictingBookingId\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorCheckApproval($input: ApproveWorkshopInput!) {\n    checkApproval(input: $input) {\n      reason\n      message\n      startsAt\n      endsAt\n      roomId\n      sessionId\n      conflictingBookingId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorFreeRooms($input: AvailableRoomsInput!) {\n    availableRooms(input: $input) {\n      id\n      name\n      capacity\n      features\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorFreeRooms($input: AvailableRoomsInput!) {\n    availableRooms(input: $input) {\n      id\n      name\n      capacity\n      features\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorReport($from: Date!, $to: Date!, $groupBy: ReportGrouping, $branchId: ID) {\n    branches {\n      id\n      name\n    }\n    programReport(from: $from, to: $to, groupBy: $groupBy, branchId: $branchId) {\n      ...ReportFields\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorReport($from: Date!, $to: Date!, $groupBy: ReportGrouping, $branchId: ID) {\n    branches {\n      id\n      name\n    }\n    programReport(from: $from, to: $to, groupBy: $groupBy, branchId: $branchId) {\n      ...ReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFields on ProgramReport {\n    csvUrl\n    rows {\n      ...ReportRowFields\n    }\n    totals {\n      ...ReportRowFields\n    }\n  }\n"): (typeof documents)["\n  fragment ReportFields on ProgramReport {\n    csvUrl\n    rows {\n      ...ReportRowFields\n    }\n    totals {\n      ...ReportRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRowFields on ReportRow {\n    id\n    key\n    sessions\n    cancelledSessions\n    confirmedSeats\n    checkedInSeats\n    walkIns\n    waitlistedSeats\n    attendanceRate\n  }\n"): (typeof documents)["\n  fragment ReportRowFields on ReportRow {\n    id\n    key\n    sessions\n    cancelledSessions\n    confirmedSeats\n    checkedInSeats\n    walkIns\n    waitlistedSeats\n    attendanceRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorSession($id: ID!) {\n    session(id: $id) {\n      id\n      startsAt\n      endsAt\n      status\n      capacity\n      seatsTaken\n      waitlistLength\n      checkedInCount\n      walkInCount\n      registrationOpensAt\n      registrationClosesAt\n      ownRegistrationOpensAt\n      ownRegistrationClosesAt\n      registrationOpen\n      cancellationReason\n      workshop {\n        id\n        title\n        agency {\n          id\n          name\n        }\n      }\n      branch {\n        id\n        name\n        timeZone\n      }\n      room {\n        id\n        name\n        capacity\n      }\n      registrations {\n        id\n        name\n        status\n        partySize\n        waitlistPosition\n        accessibilityNeeds\n        contactChannel\n        checkedInAt\n        createdAt\n      }\n    }\n    notifications(filter: { sessionId: $id }, first: 50) {\n      nodes {\n        ...MessageRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorSession($id: ID!) {\n    session(id: $id) {\n      id\n      startsAt\n      endsAt\n      status\n      capacity\n      seatsTaken\n      waitlistLength\n      checkedInCount\n      walkInCount\n      registrationOpensAt\n      registrationClosesAt\n      ownRegistrationOpensAt\n      ownRegistrationClosesAt\n      registrationOpen\n      cancellationReason\n      workshop {\n        id\n        title\n        agency {\n          id\n          name\n        }\n      }\n      branch {\n        id\n        name\n        timeZone\n      }\n      room {\n        id\n        name\n        capacity\n      }\n      registrations {\n        id\n        name\n        status\n        partySize\n        waitlistPosition\n        accessibilityNeeds\n        contactChannel\n        checkedInAt\n        createdAt\n      }\n    }\n    notifications(filter: { sessionId: $id }, first: 50) {\n      nodes {\n        ...MessageRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CoordinatorLiveSeats($sessionId: ID!) {\n    seatAvailabilityChanged(sessionId: $sessionId) {\n      sessionId\n      seatsTaken\n      seatsRemaining\n    }\n  }\n"): (typeof documents)["\n  subscription CoordinatorLiveSeats($sessionId: ID!) {\n    seatAvailabilityChanged(sessionId: $sessionId) {\n      sessionId\n      seatsTaken\n      seatsRemaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorCheckIn($id: ID!) {\n    checkIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorCheckIn($id: ID!) {\n    checkIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorUndoCheckIn($id: ID!) {\n    undoCheckIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorUndoCheckIn($id: ID!) {\n    undoCheckIn(registrationId: $id) {\n      id\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorWalkIns($sessionId: ID!, $count: Int!) {\n    recordWalkIns(sessionId: $sessionId, count: $count) {\n      id\n      walkInCount\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorWalkIns($sessionId: ID!, $count: Int!) {\n    recordWalkIns(sessionId: $sessionId, count: $count) {\n      id\n      walkInCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorCapacity($id: ID!, $capacity: Int!) {\n    setSessionCapacity(id: $id, capacity: $capacity) {\n      id\n      capacity\n      seatsTaken\n      waitlistLength\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorCapacity($id: ID!, $capacity: Int!) {\n    setSessionCapacity(id: $id, capacity: $capacity) {\n      id\n      capacity\n      seatsTaken\n      waitlistLength\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorWindow($sessionId: ID!, $opensAt: DateTime, $closesAt: DateTime) {\n    setRegistrationWindow(sessionId: $sessionId, opensAt: $opensAt, closesAt: $closesAt) {\n      id\n      registrationOpensAt\n      registrationClosesAt\n      ownRegistrationOpensAt\n      ownRegistrationClosesAt\n      registrationOpen\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorWindow($sessionId: ID!, $opensAt: DateTime, $closesAt: DateTime) {\n    setRegistrationWindow(sessionId: $sessionId, opensAt: $opensAt, closesAt: $closesAt) {\n      id\n      registrationOpensAt\n      registrationClosesAt\n      ownRegistrationOpensAt\n      ownRegistrationClosesAt\n      registrationOpen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorCancelSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      status\n      cancellationReason\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorCancelSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      status\n      cancellationReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorMyBranches {\n    me {\n      id\n      branches {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorMyBranches {\n    me {\n      id\n      branches {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorToday($thisWeek: Date!, $nextWeek: Date!, $from: DateTime!, $to: DateTime!, $branchIds: [ID!]) {\n    workshops(filter: { statuses: [SUBMITTED], branchIds: $branchIds }, orderBy: SUBMITTED_AT_ASC, first: 50) {\n      nodes {\n        id\n        title\n        submittedAt\n        agency {\n          id\n          name\n        }\n      }\n    }\n    branches {\n      id\n      name\n      programmingLimits {\n        maxSessionsPerDay\n        maxEveningSessionsPerWeek\n      }\n      thisWeek: load(weekOf: $thisWeek) {\n        ...LoadWeek\n      }\n      nextWeek: load(weekOf: $nextWeek) {\n        ...LoadWeek\n      }\n    }\n    sessions(filter: { from: $from, to: $to, statuses: [SCHEDULED, COMPLETED], branchIds: $branchIds }, first: 100) {\n      nodes {\n        id\n        startsAt\n        endsAt\n        capacity\n        seatsTaken\n        checkedInCount\n        workshop {\n          id\n          title\n        }\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n      }\n    }\n    notices: notifications(filter: { kinds: [WAITLIST_DEMAND, LOW_REGISTRATION] }, first: 10) {\n      nodes {\n        ...MessageRow\n      }\n    }\n    failed: notifications(filter: { statuses: [FAILED] }, first: 10) {\n      nodes {\n        ...MessageRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorToday($thisWeek: Date!, $nextWeek: Date!, $from: DateTime!, $to: DateTime!, $branchIds: [ID!]) {\n    workshops(filter: { statuses: [SUBMITTED], branchIds: $branchIds }, orderBy: SUBMITTED_AT_ASC, first: 50) {\n      nodes {\n        id\n        title\n        submittedAt\n        agency {\n          id\n          name\n        }\n      }\n    }\n    branches {\n      id\n      name\n      programmingLimits {\n        maxSessionsPerDay\n        maxEveningSessionsPerWeek\n      }\n      thisWeek: load(weekOf: $thisWeek) {\n        ...LoadWeek\n      }\n      nextWeek: load(weekOf: $nextWeek) {\n        ...LoadWeek\n      }\n    }\n    sessions(filter: { from: $from, to: $to, statuses: [SCHEDULED, COMPLETED], branchIds: $branchIds }, first: 100) {\n      nodes {\n        id\n        startsAt\n        endsAt\n        capacity\n        seatsTaken\n        checkedInCount\n        workshop {\n          id\n          title\n        }\n        branch {\n          id\n          name\n          timeZone\n        }\n        room {\n          id\n          name\n        }\n      }\n    }\n    notices: notifications(filter: { kinds: [WAITLIST_DEMAND, LOW_REGISTRATION] }, first: 10) {\n      nodes {\n        ...MessageRow\n      }\n    }\n    failed: notifications(filter: { statuses: [FAILED] }, first: 10) {\n      nodes {\n        ...MessageRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoadWeek on BranchLoad {\n    overLimit\n    eveningSessions\n    days {\n      date\n      sessions\n      eveningSessions\n    }\n  }\n"): (typeof documents)["\n  fragment LoadWeek on BranchLoad {\n    overLimit\n    eveningSessions\n    days {\n      date\n      sessions\n      eveningSessions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageRow on Notification {\n    id\n    kind\n    status\n    channel\n    subject\n    recipient\n    lastError\n    createdAt\n    session {\n      id\n      startsAt\n      workshop {\n        id\n        title\n      }\n      branch {\n        id\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MessageRow on Notification {\n    id\n    kind\n    status\n    channel\n    subject\n    recipient\n    lastError\n    createdAt\n    session {\n      id\n      startsAt\n      workshop {\n        id\n        title\n      }\n      branch {\n        id\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorRooms {\n    branches {\n      id\n      name\n      timeZone\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorRooms {\n    branches {\n      id\n      name\n      timeZone\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorAddSessions($input: AddSessionsInput!) {\n    addSessions(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorAddSessions($input: AddSessionsInput!) {\n    addSessions(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordinatorCancelWorkshop($id: ID!, $reason: String!) {\n    cancelWorkshop(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CoordinatorCancelWorkshop($id: ID!, $reason: String!) {\n    cancelWorkshop(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;