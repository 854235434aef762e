export * from './app-config';
export * from './config.module';
export * from './secret-keys.service';
export * from './dot-env';
