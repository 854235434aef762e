export * from './agency.enums';
export * from './agency.entity';
export * from './partners.service';
export * from './partners.module';
export * from './partners.types';
