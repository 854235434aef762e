export * from './booking.enums';
export * from './room-booking.entity';
export * from './bookings.service';
export * from './bookings.module';
export * from './time-rules';
export * from './conflicts';
export * from './booking-rules';
