export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

export const LIVE_REGISTRATION_STATUSES = [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED] as const;

/** How the library reaches the patron about a registration. */
export enum ContactChannel {
  EMAIL = 'EMAIL',
  /** Text messages to a mobile number. */
  SMS = 'SMS',
  /** No messages: the patron keeps the printed slip. Desk and phone registrations only. */
  NONE = 'NONE',
}

/** Where a registration was made. */
export enum RegistrationSource {
  ONLINE = 'ONLINE',
  /** Staff registered the patron in person. */
  DESK = 'DESK',
  /** Staff registered the patron over the phone. */
  PHONE = 'PHONE',
}
