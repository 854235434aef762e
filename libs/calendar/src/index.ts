export * from './calendar';
export * from './calendar.service';
export * from './calendar.module';
