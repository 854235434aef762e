import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@app/notifications';
import { PartnersModule } from '@app/partners';
import { PlacesModule } from '@app/places';
import { IdentityModule } from '@app/identity';
import { WorkshopsModule } from '@app/workshops';
import { AttendanceService } from './attendance.service';
import { CapacityNotices } from './capacity-notices.service';
import { ManageTokens } from './manage-tokens.service';
import { NoticeRecipients } from './notice-recipients.service';
import { PatronFollowUpRepository } from './patron-follow-up.repository';
import { PatronFollowUp } from './patron-follow-up.service';
import { PurgeService } from './purge.service';
import { RegistrationEntity } from './registration.entity';
import { RegistrationPlacement } from './registration-placement.service';
import { RegistrationRepository } from './registration.repository';
import { RegistrationsService } from './registrations.service';
import { SeatLedgerRepository } from './seat-ledger.repository';
import { SeatLedger } from './seat-ledger.service';
import { SeatWatchers } from './seat-watchers.service';
import { SessionChanges } from './session-changes.listener';
import { SessionFacts } from './session-facts.service';
import { SessionRegistrationService } from './session-registration.service';
import { SessionSeatsEntity } from './session-seats.entity';
import { SmsConsentEntity } from './sms-consent.entity';
import { SmsConsents } from './sms-consents.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([RegistrationEntity, SessionSeatsEntity, SmsConsentEntity]),
    WorkshopsModule,
    PlacesModule,
    PartnersModule,
    IdentityModule,
    NotificationsModule,
  ],
  providers: [
    RegistrationRepository,
    SeatLedgerRepository,
    ManageTokens,
    SessionFacts,
    SeatWatchers,
    SeatLedger,
    CapacityNotices,
    SmsConsents,
    RegistrationPlacement,
    RegistrationsService,
    AttendanceService,
    SessionRegistrationService,
    SessionChanges,
    PurgeService,
    NoticeRecipients,
    PatronFollowUpRepository,
    PatronFollowUp,
  ],
  exports: [
    RegistrationsService,
    AttendanceService,
    SessionRegistrationService,
    SeatLedger,
    ManageTokens,
    SessionFacts,
    SeatWatchers,
    PurgeService,
    NoticeRecipients,
    PatronFollowUp,
  ],
})
export class RegistrationsModule {}
