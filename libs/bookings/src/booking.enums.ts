export enum BookingKind {
  SESSION = 'SESSION',
  INTERNAL = 'INTERNAL',
  MAINTENANCE = 'MAINTENANCE',
}

export enum BookingStatus {
  /** Held for a submitted proposal while it is reviewed; blocks the room like a confirmed booking. */
  TENTATIVE = 'TENTATIVE',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
}

/** The statuses that block a room. */
export const LIVE_BOOKING_STATUSES = [BookingStatus.TENTATIVE, BookingStatus.CONFIRMED] as const;

export enum ConflictReason {
  OVERLAPS_BOOKING = 'OVERLAPS_BOOKING',
  OUTSIDE_OPENING_HOURS = 'OUTSIDE_OPENING_HOURS',
  BRANCH_CLOSED = 'BRANCH_CLOSED',
  OVER_ROOM_CAPACITY = 'OVER_ROOM_CAPACITY',
  ROOM_INACTIVE = 'ROOM_INACTIVE',
  MISSING_FEATURES = 'MISSING_FEATURES',
  BRANCH_LOAD_LIMIT = 'BRANCH_LOAD_LIMIT',
  SEATS_TAKEN = 'SEATS_TAKEN',
  NO_ROOM = 'NO_ROOM',
}
