import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveryService, MESSAGE_CONTEXT_RESOLVER, type MessageContextResolver } from './delivery.service';
import { MailTransport } from './mail-transport.service';
import { NotificationEntity } from './notification.entity';
import { NotificationRepository } from './notification.repository';
import { NotificationsService } from './notifications.service';
import { OutboxService } from './outbox.service';
import { TemplateRenderer } from './template-renderer.service';

/** The outbox, for any module whose changes cause messages. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [NotificationRepository, NotificationsService, OutboxService, TemplateRenderer],
  exports: [NotificationsService, OutboxService, TemplateRenderer],
})
export class NotificationsModule {}

/** Delivery, for the worker: it supplies the resolver that gathers each message's context. */
@Module({})
export class DeliveryModule {
  static register(options: {
    imports: ModuleMetadata['imports'];
    resolver: Type<MessageContextResolver>;
    providers?: ModuleMetadata['providers'];
  }): DynamicModule {
    return {
      module: DeliveryModule,
      imports: [NotificationsModule, ...(options.imports ?? [])],
      providers: [
        // The library's own repository (NotificationsModule keeps it to itself).
        NotificationRepository,
        MailTransport,
        DeliveryService,
        ...(options.providers ?? []),
        { provide: MESSAGE_CONTEXT_RESOLVER, useClass: options.resolver },
      ],
      exports: [DeliveryService, MailTransport],
    };
  }
}
