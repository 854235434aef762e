import { useI18n } from '../i18n';

/** Seats in words, never in alarm colours: full is routine (there is a waitlist). */
export function SeatsBadge({ status, seatsRemaining, waitlistLength }: { status: string; seatsRemaining: number; waitlistLength: number }) {
  const { t } = useI18n();
  if (status === 'CANCELLED') return <span className="badge badge--cancelled">{t('seats.cancelled')}</span>;
  if (status === 'COMPLETED') return <span className="badge badge--cancelled">{t('seats.completed')}</span>;
  if (seatsRemaining > 0) return <span className="badge badge--open">{t('seats.left', { count: seatsRemaining })}</span>;
  return <span className="badge badge--waitlist">{t('seats.waitlist', { count: waitlistLength })}</span>;
}
