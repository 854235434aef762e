import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@app/identity';
import { SettingsService } from '@app/settings';
import { RequireRole } from '../auth/access.decorators';
import { SettingsInput, SettingsModel } from './settings.model';

@Resolver(() => SettingsModel)
export class SettingsResolver {
  constructor(private readonly settingsService: SettingsService) {}

  @Query(() => SettingsModel, { description: 'COORDINATOR+.' })
  @RequireRole(Role.COORDINATOR)
  settings() {
    return this.settingsService.get();
  }

  @Mutation(() => SettingsModel, { description: 'ADMIN.' })
  @RequireRole(Role.ADMIN)
  updateSettings(@Args('input') input: SettingsInput) {
    return this.settingsService.update(input);
  }
}
