export * from './queue.names';
export * from './queue.module';
export * from './job-queue.service';
export * from './redis-options';
export * from './redis-client';
