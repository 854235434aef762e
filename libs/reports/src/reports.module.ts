import { Module } from '@nestjs/common';
import { PartnersModule } from '@app/partners';
import { PlacesModule } from '@app/places';
import { ReportRepository } from './report.repository';
import { ReportsService } from './reports.service';

@Module({
  imports: [PlacesModule, PartnersModule],
  providers: [ReportRepository, ReportsService],
  exports: [ReportsService],
})
export class ReportsModule {}
