import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The process's Prometheus registry: default Node.js metrics plus Commonroom's own. */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests: Histogram<'method' | 'route' | 'status'>;
  readonly graphqlOperations: Histogram<'type' | 'field' | 'outcome'>;
  readonly jobs: Histogram<'queue' | 'job' | 'outcome'>;
  readonly messages: Counter<'kind' | 'outcome'>;

  constructor(app: string) {
    this.registry.setDefaultLabels({ app });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.httpRequests = new Histogram({
      name: 'commonroom_http_request_duration_seconds',
      help: 'HTTP requests by method, route (the pattern, not the path) and status.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.graphqlOperations = new Histogram({
      name: 'commonroom_graphql_operation_duration_seconds',
      help: 'GraphQL operations by type, first root field and outcome (ok or the error code).',
      labelNames: ['type', 'field', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.jobs = new Histogram({
      name: 'commonroom_job_duration_seconds',
      help: 'BullMQ jobs run by the workers, by queue, job name and outcome.',
      labelNames: ['queue', 'job', 'outcome'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.messages = new Counter({
      name: 'commonroom_messages_total',
      help: 'Notification deliveries by kind and outcome (sent, failed, skipped, retry).',
      labelNames: ['kind', 'outcome'],
      registers,
    });
  }

  /** A gauge whose value is read when scraped (e.g. queue depths). */
  gauge<L extends string>(name: string, help: string, labelNames: readonly L[], collect: (gauge: Gauge<L>) => Promise<void>): Gauge<L> {
    return new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        await collect(this);
      },
    });
  }
}
