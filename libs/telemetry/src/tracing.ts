import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { MySQL2Instrumentation } from '@opentelemetry/instrumentation-mysql2';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace';
import { RedactingSpanExporter } from './redacting-exporter';

export interface TracingOptions {
  /** OTEL_EXPORTER_OTLP_ENDPOINT: the collector's base URL (traces go to `/v1/traces`). */
  endpoint: string;
  service: 'api' | 'worker';
  /** A span per GraphQL field resolved: expensive, off unless asked for. */
  graphqlFieldSpans: boolean;
}

/**
 * OpenTelemetry for one process: HTTP, Express, GraphQL, mysql2 and ioredis instrumented, spans
 * batched to an OTLP/HTTP collector with personal data scrubbed (see RedactingSpanExporter). It
 * must start before those modules are loaded: the apps' `main.ts` calls it first of all.
 */
export function startTracing(options: TracingOptions): NodeSDK {
  const exporter = new RedactingSpanExporter(new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/$/, '')}/v1/traces` }));
  const sdk = new NodeSDK({
    serviceName: `commonroom-${options.service}`,
    // Batched as OTEL_BSP_* say (by default every 5 s).
    spanProcessors: [new BatchSpanProcessor({ exporter })],
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => (req.url ?? '').startsWith('/health') }),
      new ExpressInstrumentation(),
      new GraphQLInstrumentation({ ignoreResolveSpans: !options.graphqlFieldSpans, allowValues: false, mergeItems: true }),
      new MySQL2Instrumentation(),
      // The command's name only: its arguments may be anything (keys with addresses, cached pages).
      new IORedisInstrumentation({ dbStatementSerializer: (command) => command }),
    ],
  });
  sdk.start();
  return sdk;
}
