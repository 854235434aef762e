export * from './create-database';
export * from './data-source-options';
export * from './database.module';
export * from './driver-errors';
export * from './transaction-runner';
export * from './columns';
export * from './keyset';
export * from './migrations';
