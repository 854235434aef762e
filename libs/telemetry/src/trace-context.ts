import { context, propagation, ROOT_CONTEXT, trace, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('commonroom');

/** The W3C traceparent of the active span, to store with work that continues elsewhere (an outbox row); null when not tracing. */
export function currentTraceparent(): string | null {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ?? null;
}

/**
 * Runs `work` in a span that continues the trace `traceparent` names (when there is one), so that
 * a job done later — a message sent by the worker — shows in the trace of the request that caused it.
 */
export function inContinuedSpan<T>(name: string, traceparent: string | null | undefined, work: (span: Span) => Promise<T>): Promise<T> {
  const parent = traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent }) : context.active();
  return tracer.startActiveSpan(name, {}, parent, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      throw error;
    } finally {
      span.end();
    }
  });
}
