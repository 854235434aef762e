import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import * as hdr from 'hdr-histogram-js';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import type { RowDataPacket } from 'mysql2/promise';
import { QueueName, redisOptions } from '@app/queue';
import type { BenchEnv, Measurement, ScenarioResult } from '../harness';
import { seedWorkshop } from '../seed';
import { CountingSmtpSink } from '../smtp-sink';

const RECIPIENTS = 5_000;
/** The worker's default: messages one worker process sends at the same time, and the baseline's pool. */
const MAIL_CONCURRENCY = 5;
const LEAD_MINUTES = 1440;
const TIMEOUT_MS = 600_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** 5,000 confirmed registrations who opted in to reminders, inserted in bulk. */
async function register(env: BenchEnv, sessionId: string): Promise<void> {
  const now = new Date();
  const rows = Array.from({ length: RECIPIENTS }, (_, i) => {
    const email = `patron-${i}@bench.local`;
    return [
      randomUUID(),
      sessionId,
      'CONFIRMED',
      `Patron ${i}`,
      email,
      sha256(email),
      sha256(email),
      1,
      true,
      randomBytes(32).toString('hex'),
      randomBytes(16).toString('hex'),
      now,
      now,
      now,
    ];
  });
  for (let i = 0; i < rows.length; i += 1000) {
    await env.pool.query(
      `INSERT INTO registration (id, session_id, status, name, email, email_hash, live_email_hash, party_size, reminders_opt_in,
         manage_token_hash, manage_token_salt, patron_news_at, created_at, updated_at) VALUES ?`,
      [rows.slice(i, i + 1000)],
    );
  }
  await env.pool.query('UPDATE session_seats SET seats_taken = ? WHERE session_id = ?', [RECIPIENTS, sessionId]);
}

/** Latencies (ms) from `since` to each arrival, and the throughput over the whole run. */
function measure(arrivals: readonly number[], since: number): Measurement {
  const histogram = hdr.build();
  for (const at of arrivals) histogram.recordValue(Math.max(0, at - since));
  const seconds = (Math.max(...arrivals) - since) / 1000;
  return {
    requests: arrivals.length,
    errors: 0,
    throughputRps: Math.round((arrivals.length / seconds) * 10) / 10,
    latencyMs: {
      p50: histogram.getValueAtPercentile(50),
      p95: histogram.getValueAtPercentile(95),
      p99: histogram.getValueAtPercentile(99),
      mean: Math.round(histogram.mean * 100) / 100,
    },
  };
}

/** The same messages (subject, text, HTML, sender) from plain nodemailer with a pooled transport. */
async function baseline(sink: CountingSmtpSink): Promise<Measurement> {
  const sample = await simpleParser(sink.first as Buffer);
  const from = sample.from?.text ?? 'bench@bench.local';
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: MAIL_CONCURRENCY,
  });
  sink.reset();
  const started = Date.now();
  try {
    await Promise.all(
      Array.from({ length: RECIPIENTS }, (_, i) =>
        transport.sendMail({
          from,
          to: `patron-${i}@bench.local`,
          subject: sample.subject,
          text: sample.text,
          html: typeof sample.html === 'string' ? sample.html : undefined,
          attachments: sample.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
        }),
      ),
    );
    await sink.received(RECIPIENTS, TIMEOUT_MS);
  } finally {
    transport.close();
  }
  return measure(sink.arrivals, started);
}

/**
 * A session's 24-hour reminder comes due for 5,000 patrons: from the moment the delayed job is
 * promoted until the local SMTP sink has every message, through the real worker (job, one
 * notification row per recipient, outbox relay, mail queue, templates, pooled SMTP). Against plain
 * nodemailer sending the same messages through a pool of the same size, in the same run.
 */
export async function reminderFanOut(env: BenchEnv): Promise<ScenarioResult[]> {
  // Only the patrons' messages count: the set-up's own (approval, verification) go to staff.
  const sink = new CountingSmtpSink((recipient) => recipient.startsWith('patron-'));
  await sink.start();
  const queue = new Queue(QueueName.SESSIONS, { prefix: env.config.queuePrefix, connection: redisOptions(env.config.redisUrl) });
  try {
    const [sessionId] = await seedWorkshop(env, { name: 'Fan-out', capacity: RECIPIENTS, roomCapacity: RECIPIENTS, sessions: 1 });
    await register(env, sessionId);
    // Unlimited rate: the benchmark measures how fast the pipeline can go, not MAIL_RATE_PER_SECOND.
    await env.startWorker({ SMTP_URL: sink.url, MAIL_RATE_PER_SECOND: '0', MAIL_CONCURRENCY: String(MAIL_CONCURRENCY) });

    const delayed = await queue.getJobs(['delayed']);
    const reminder = delayed.find(
      (job) => job.name === 'remind' && job.data.sessionId === sessionId && job.data.leadMinutes === LEAD_MINUTES,
    );
    if (!reminder) throw new Error('The session has no 24-hour reminder job');

    const memory = env.memory('worker');
    memory.start();
    const due = Date.now();
    await reminder.promote();
    await sink.received(RECIPIENTS, TIMEOUT_MS);
    const workerPeakRssMb = memory.stop();
    const pipeline = measure(sink.arrivals, due);
    // Every row settled, then what the SMTP server saw: a message sent twice shows here.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const [[{ open }]] = await env.pool.query<RowDataPacket[]>(
        "SELECT COUNT(*) AS open FROM notification WHERE session_id = ? AND kind = 'SESSION_REMINDER' AND status <> 'SENT'",
        [sessionId],
      );
      if (Number(open) === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, 1_000));
    const distinct = new Set(sink.recipients).size;
    const received = sink.recipients.length;
    const duplicates = received - distinct;
    if (duplicates) {
      const seen = new Set<string>();
      const twice = sink.recipients.filter((r) => seen.size === seen.add(r).size);
      const [rows] = await env.pool.query<RowDataPacket[]>(
        'SELECT id, kind, status, attempts, relay_count, last_error, sent_at FROM notification WHERE session_id = ? AND recipient IN (?)',
        [sessionId, twice],
      );
      process.stderr.write(`sent twice: ${JSON.stringify(rows)}\n`);
    }

    const plain = await baseline(sink);
    const [[{ sent }]] = await env.pool.query<RowDataPacket[]>(
      "SELECT COUNT(*) AS sent FROM notification WHERE session_id = ? AND kind = 'SESSION_REMINDER' AND status = 'SENT'",
      [sessionId],
    );
    return [
      {
        name: 'reminder fan-out',
        description: `A reminder due for ${RECIPIENTS} patrons: promoted job to the last message at a local SMTP sink, one worker, MAIL_CONCURRENCY ${MAIL_CONCURRENCY}`,
        connections: MAIL_CONCURRENCY,
        ...pipeline,
        apiPeakRssMb: workerPeakRssMb,
        peakRssProcess: 'worker',
        baseline: { name: `plain nodemailer, pooled (${MAIL_CONCURRENCY} connections)`, ...plain },
        ratio: Math.round((pipeline.throughputRps / plain.throughputRps) * 100) / 100,
        notes: [
          `${Number(sent)} reminder rows SENT; the SMTP server received ${received} messages for ${distinct} recipients (${duplicates} duplicates)`,
          'latencies: from the job coming due (or the baseline starting) to each message arriving',
        ],
      },
    ];
  } finally {
    await queue.close();
    await sink.stop();
  }
}
