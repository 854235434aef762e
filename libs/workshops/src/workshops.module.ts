import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsModule } from '@app/bookings';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { PartnersModule } from '@app/partners';
import { PlacesModule } from '@app/places';
import { CatalogRepository } from './catalog.repository';
import { CatalogService } from './catalog.service';
import { ReviewEventEntity } from './review-event.entity';
import { ReviewEventRepository } from './review-event.repository';
import { SchedulingService } from './scheduling.service';
import { SessionEvents } from './session-events.service';
import { SessionRequestEntity } from './session-request.entity';
import { SessionRequestRepository } from './session-request.repository';
import { SessionEntity } from './session.entity';
import { SessionRepository } from './session.repository';
import { SessionsService } from './sessions.service';
import { WorkshopEntity } from './workshop.entity';
import { WorkshopRepository } from './workshop.repository';
import { ProposalsService } from './proposals.service';
import { ReviewService } from './review.service';
import { WorkshopRecords } from './workshop-records.service';
import { WorkshopsService } from './workshops.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([WorkshopEntity, SessionEntity, SessionRequestEntity, ReviewEventEntity]),
    BookingsModule,
    PlacesModule,
    PartnersModule,
    IdentityModule,
    NotificationsModule,
  ],
  providers: [
    WorkshopRepository,
    SessionRepository,
    SessionRequestRepository,
    ReviewEventRepository,
    CatalogRepository,
    SessionEvents,
    WorkshopRecords,
    WorkshopsService,
    ProposalsService,
    ReviewService,
    SchedulingService,
    SessionsService,
    CatalogService,
  ],
  exports: [WorkshopsService, ProposalsService, ReviewService, SchedulingService, SessionsService, CatalogService, SessionEvents],
})
export class WorkshopsModule {}
