import { parseDate } from '@internationalized/date';

/** Today's date (YYYY-MM-DD) on this device's clock. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A calendar day plus some days. */
export function addDays(day: string, days: number): string {
  return parseDate(day).add({ days }).toString();
}

/** How long something has waited, in whole days from two days on, else whole hours ("3 days", "5 hours"), in the reader's words. */
export function waitedFor(since: string | null | undefined, now: number, locale: string): string {
  const hours = since ? Math.max(0, Math.floor((now - new Date(since).getTime()) / 3_600_000)) : 0;
  const [value, unit] = hours >= 48 ? [Math.floor(hours / 24), 'day'] : [hours, 'hour'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
