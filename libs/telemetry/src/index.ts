export * from './tracing';
export * from './trace-context';
export * from './redacting-exporter';
