import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@app/notifications';
import { PartnersModule } from '@app/partners';
import { PlacesModule } from '@app/places';
import { IdentityModule } from '@app/identity';
import { WorkshopsModule } from '@app/workshops';
import { CapacityNotices } from './capacity-notices';
import { ManageTokens } from './manage-tokens';
import { NoticeRecipients } from './notice-recipients';
import { PurgeService } from './purge.service';
import { RegistrationEntity } from './registration.entity';
import { RegistrationRepository } from './registration.repository';
import { RegistrationsService } from './registrations.service';
import { SeatWatchers } from './seat-watchers';
import { SessionFacts } from './session-facts';

@Module({
  imports: [
    TypeOrmModule.forFeature([RegistrationEntity]),
    WorkshopsModule,
    PlacesModule,
    PartnersModule,
    IdentityModule,
    NotificationsModule,
  ],
  providers: [
    RegistrationRepository,
    ManageTokens,
    SessionFacts,
    SeatWatchers,
    RegistrationsService,
    PurgeService,
    NoticeRecipients,
    CapacityNotices,
  ],
  exports: [RegistrationsService, RegistrationRepository, ManageTokens, SessionFacts, SeatWatchers, PurgeService, NoticeRecipients],
})
export class RegistrationsModule {}
