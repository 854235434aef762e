/**
 * Starts OpenTelemetry before anything it instruments is loaded: `main.ts` imports this first.
 * Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set; a configuration error is main's to report.
 */
import { AppConfig, loadDotEnv } from '@app/config';
import { startTracing } from '@app/telemetry';

try {
  loadDotEnv();
  const { tracing } = AppConfig.fromEnv(process.env);
  if (tracing.endpoint) startTracing({ endpoint: tracing.endpoint, service: 'api', graphqlFieldSpans: tracing.graphqlFieldSpans });
} catch {
  // main.ts reads the configuration again and says what is wrong.
}
