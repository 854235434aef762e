export * from './metrics.service';
export * from './metrics.module';
export * from './shared-metrics.service';
