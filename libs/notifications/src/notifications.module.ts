import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveryService, MESSAGE_CONTEXT_RESOLVER, type MessageContextResolver } from './delivery.service';
import { MailTransport } from './mail-transport.service';
import { NotificationEntity } from './notification.entity';
import { NotificationRepository } from './notification.repository';
import { NotificationsService } from './notifications.service';
import { OutboxService } from './outbox.service';
import { TemplateRenderer } from './template-renderer.service';
import { SmsNumberEntity } from './sms-number.entity';
import { SmsNumbers } from './sms-numbers.service';
import { SmppTransport } from './smpp-transport.service';
import { SmsTransport } from './sms-transport';
import { PHONE_DIRECTORY, TextMessages, type PhoneDirectory } from './text-messages.service';

/** The outbox, for any module whose changes cause messages. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, SmsNumberEntity])],
  providers: [NotificationRepository, NotificationsService, OutboxService, TemplateRenderer, SmsNumbers],
  exports: [NotificationsService, OutboxService, TemplateRenderer, SmsNumbers],
})
export class NotificationsModule {}

/** Delivery, for the worker: it supplies the resolver that gathers each message's context. */
@Module({})
export class DeliveryModule {
  static register(options: {
    imports: ModuleMetadata['imports'];
    resolver: Type<MessageContextResolver>;
    /** Who a number that texts the library is (the answer to HELP names its library). */
    phoneDirectory: Type<PhoneDirectory>;
    providers?: ModuleMetadata['providers'];
  }): DynamicModule {
    return {
      module: DeliveryModule,
      imports: [NotificationsModule, ...(options.imports ?? [])],
      providers: [
        // The library's own repository (NotificationsModule keeps it to itself).
        NotificationRepository,
        MailTransport,
        { provide: SmsTransport, useClass: SmppTransport },
        DeliveryService,
        ...(options.providers ?? []),
        { provide: MESSAGE_CONTEXT_RESOLVER, useClass: options.resolver },
        { provide: PHONE_DIRECTORY, useClass: options.phoneDirectory },
        TextMessages,
      ],
      exports: [DeliveryService, MailTransport, SmsTransport, NotificationRepository],
    };
  }
}
