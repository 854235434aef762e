import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Metrics } from './metrics.service';

/** One registry per process, labelled with the app's name (api, worker). */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(app: 'api' | 'worker'): DynamicModule {
    return { module: MetricsModule, providers: [{ provide: Metrics, useValue: new Metrics(app) }], exports: [Metrics] };
  }
}
