export * from './settings.entity';
export * from './settings.service';
export * from './settings.module';
