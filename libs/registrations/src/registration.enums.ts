export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

export const LIVE_REGISTRATION_STATUSES = [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED] as const;
