import { BullModule } from '@nestjs/bullmq';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { BullMQOtel } from 'bullmq-otel';
import { AppConfig } from '@app/config';
import { JobQueue } from './job-queue.service';
import { QueueName } from './queue.names';
import { redisOptions } from './redis-options';

const producerConnection = (config: AppConfig) => ({
  ...redisOptions(config.redisUrl),
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
});

/** For BullMQ workers: they block on Redis, so commands must not give up after a retry. */
export const workerConnection = (config: AppConfig) => ({ ...redisOptions(config.redisUrl), maxRetriesPerRequest: null });

@Global()
@Module({})
export class QueueModule {
  /**
   * The queues, for producers. They fail fast instead of buffering while Redis is unreachable:
   * the outbox keeps what could not be queued, and the relay tries again. (Workers use their
   * own blocking connections: see `workerConnection`.)
   */
  static forRoot(): DynamicModule {
    const queues = Object.values(QueueName).map((name) =>
      BullModule.registerQueueAsync({
        name,
        inject: [AppConfig],
        useFactory: (config: AppConfig) => ({
          prefix: config.queuePrefix,
          connection: producerConnection(config),
          // BullMQ's own spans (a no-op unless tracing was started).
          telemetry: new BullMQOtel({ tracerName: 'commonroom' }),
        }),
      }),
    );
    return {
      module: QueueModule,
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({ prefix: config.queuePrefix, connection: producerConnection(config) }),
        }),
        ...queues,
      ],
      providers: [JobQueue],
      exports: [JobQueue, ...queues],
    };
  }
}
