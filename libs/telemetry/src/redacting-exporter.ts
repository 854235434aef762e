import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace';
import { redactText } from '@app/logging';

/**
 * Attributes that would say who made a request (an address, a browser), dropped from every span:
 * traces describe the service's work, never the people it serves.
 */
const PERSONAL_ATTRIBUTES = new Set([
  'client.address',
  'client.port',
  'net.peer.ip',
  'net.peer.port',
  'net.sock.peer.addr',
  'net.sock.peer.port',
  'network.peer.address',
  'network.peer.port',
  'http.client_ip',
  'http.user_agent',
  'user_agent.original',
  'enduser.id',
]);

/** A span's attributes without the personal ones, and with e-mail addresses and tokens masked in text. */
export function scrubAttributes(attributes: ReadableSpan['attributes']): ReadableSpan['attributes'] {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (PERSONAL_ATTRIBUTES.has(key)) continue;
    kept[key] = typeof value === 'string' ? redactText(value) : value;
  }
  return kept as ReadableSpan['attributes'];
}

/** Hands spans to the real exporter with their attributes (and their events') scrubbed. */
export class RedactingSpanExporter implements SpanExporter {
  constructor(private readonly inner: SpanExporter) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    const scrubbed = spans.map(
      (span) =>
        // The span as it is (its methods and context), seen through scrubbed attributes.
        Object.create(span, {
          attributes: { value: scrubAttributes(span.attributes), enumerable: true },
          events: {
            value: span.events.map((event) => ({ ...event, attributes: event.attributes && scrubAttributes(event.attributes) })),
            enumerable: true,
          },
        }) as ReadableSpan,
    );
    this.inner.export(scrubbed, done);
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}
