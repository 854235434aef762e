export * from './report';
export * from './reports.service';
export * from './reports.module';
