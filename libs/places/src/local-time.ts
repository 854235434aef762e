import { DateTime, IANAZone } from 'luxon';

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "HH:mm" (00:00–23:59). */
export const isLocalTime = (value: string): boolean => LOCAL_TIME.test(value);

/** Minutes since midnight of an "HH:mm" wall-clock time. */
export function minutesOf(localTime: string): number {
  const match = LOCAL_TIME.exec(localTime);
  if (!match) throw new Error(`Not a local time: ${localTime}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** A real calendar day written YYYY-MM-DD. */
export const isLocalDate = (value: string): boolean => LOCAL_DATE.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;

/** A time zone the IANA database knows (e.g. America/Chicago), as Intl understands it. */
export const isTimeZone = (zone: string): boolean => zone.length <= 64 && IANAZone.isValidZone(zone);
