import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AppConfig } from './app-config';
import { SecretKeys } from './secret-keys.service';

@Global()
@Module({})
export class ConfigModule {
  /** The configuration from the process environment, or the given one (tests build their own). */
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useFactory: () => config ?? AppConfig.fromEnv(process.env) }, SecretKeys],
      exports: [AppConfig, SecretKeys],
    };
  }
}
