import { Injectable, Module, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import { ClockModule } from '@app/clock';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { IdentityModule } from '@app/identity';
import { RegistrationsModule } from '@app/registrations';
import { SettingsModule } from '@app/settings';
import { WorkshopsModule } from '@app/workshops';
import { LoggingModule } from '@app/logging';
import { DeliveryModule, NotificationsModule } from '@app/notifications';
import { MetricsModule, WorkerMetricsPublisher } from '@app/metrics';
import { JobQueue, QueueModule, QueueName, RedisModule } from '@app/queue';
import { MailProcessor } from './mail.processor';
import { MaintenanceProcessor } from './maintenance.processor';
import { SessionsProcessor } from './sessions.processor';
import { SessionJobsModule } from '@app/session-jobs';
import { WorkerMessageContext } from './message-context.service';
import { PlacesModule } from '@app/places';
import { PatronMessages } from './patron-messages.service';
import { RegistrationPhoneDirectory } from './phone-directory.service';
import { OutboxRelay } from './outbox-relay.processor';
import { QUEUE_PROCESSORS } from './queue-processor';
import { QueueWorkers } from './queue-workers.host';
import { WorkerHeartbeat } from './worker-heartbeat.service';

/** MAIL_RATE_PER_SECOND holds for all workers together: it is a limit stored on the queue in Redis. */
@Injectable()
class MailRateLimit implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const queue = this.jobs.queue(QueueName.MAIL);
    if (this.config.mailRatePerSecond > 0) await queue.setGlobalRateLimit(this.config.mailRatePerSecond, 1000);
    else await queue.removeGlobalRateLimit();
  }
}

@Module({})
export class WorkerModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('worker'),
        MetricsModule.forRoot('worker'),
        RedisModule,
        ClockModule,
        DatabaseModule.forRoot(),
        QueueModule.forRoot(),
        NotificationsModule,
        IdentityModule,
        SettingsModule,
        RegistrationsModule,
        SessionJobsModule,
        DeliveryModule.register({
          imports: [IdentityModule, RegistrationsModule, WorkshopsModule, PlacesModule],
          resolver: WorkerMessageContext,
          phoneDirectory: RegistrationPhoneDirectory,
          providers: [PatronMessages],
        }),
      ],
      providers: [
        MailProcessor,
        MaintenanceProcessor,
        SessionsProcessor,
        {
          provide: QUEUE_PROCESSORS,
          inject: [MailProcessor, MaintenanceProcessor, SessionsProcessor],
          useFactory: (...processors: [MailProcessor, MaintenanceProcessor, SessionsProcessor]) => processors,
        },
        QueueWorkers,
        OutboxRelay,
        MailRateLimit,
        WorkerMetricsPublisher,
        WorkerHeartbeat,
      ],
    };
  }
}
