import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlacesModule } from '@app/places';
import { BookingRepository } from './booking.repository';
import { BookingsService } from './bookings.service';
import { RoomBookingEntity } from './room-booking.entity';

@Module({
  imports: [TypeOrmModule.forFeature([RoomBookingEntity]), PlacesModule],
  providers: [BookingRepository, BookingsService],
  exports: [BookingsService],
})
export class BookingsModule {}
