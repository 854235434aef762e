import type { DataSource } from 'typeorm';
import { eventually } from './eventually';

/**
 * Resolves once the outbox has nothing due left to send: every message due by now is SENT,
 * FAILED or SKIPPED, none pending or leased. The worker marks a row SENT only after the SMTP
 * server accepted it, so by then the test's SMTP sink holds everything that will arrive; a
 * duplicate would have to come from a row sent twice, which is what the caller then counts.
 */
export async function outboxSettled(db: DataSource, timeoutMs = 30_000): Promise<void> {
  await eventually(
    async () => {
      const [row] = await db.query("SELECT COUNT(*) AS n FROM notification WHERE status = 'PENDING' AND due_at <= ?", [new Date()]);
      expect(Number(row.n)).toBe(0);
    },
    timeoutMs,
    100,
  );
}
