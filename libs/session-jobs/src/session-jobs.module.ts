import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { RegistrationsModule } from '@app/registrations';
import { WorkshopsModule } from '@app/workshops';
import { SessionJobRunner } from './session-job-runner.service';
import { SessionJobsService } from './session-jobs.service';

/** Needs QueueModule and SettingsModule (global) in the app. */
@Module({
  imports: [WorkshopsModule, RegistrationsModule, NotificationsModule],
  providers: [SessionJobsService, SessionJobRunner],
  exports: [SessionJobsService, SessionJobRunner],
})
export class SessionJobsModule {}
