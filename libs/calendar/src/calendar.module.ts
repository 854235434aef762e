import { Module } from '@nestjs/common';
import { PartnersModule } from '@app/partners';
import { PlacesModule } from '@app/places';
import { WorkshopsModule } from '@app/workshops';
import { CalendarService } from './calendar.service';

@Module({
  imports: [WorkshopsModule, PlacesModule, PartnersModule],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
