/** ISO weekdays; their order is Luxon's `weekday` (1 = Monday). */
export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

export const WEEKDAYS: readonly Weekday[] = Object.values(Weekday);

/** Luxon's weekday number (1 = Monday … 7 = Sunday) to Weekday. */
export const weekdayOf = (isoWeekday: number): Weekday => WEEKDAYS[isoWeekday - 1];
