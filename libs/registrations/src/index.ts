export * from './registration.enums';
export * from './registration.entity';
export * from './registration.repository';
export * from './manage-tokens';
export * from './session-facts';
export * from './seat-watchers';
export * from './registrations.service';
export * from './registrations.module';
