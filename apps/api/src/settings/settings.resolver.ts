import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@app/identity';
import { SessionJobsService } from '@app/session-jobs';
import { SettingsService } from '@app/settings';
import { RequireRole } from '../auth/access.decorators';
import { SettingsInput, SettingsModel } from './settings.model';

@Resolver(() => SettingsModel)
export class SettingsResolver {
  constructor(
    private readonly settingsService: SettingsService,
    private readonly sessionJobs: SessionJobsService,
  ) {}

  @Query(() => SettingsModel, { description: 'COORDINATOR+.' })
  @RequireRole(Role.COORDINATOR)
  settings() {
    return this.settingsService.get();
  }

  /** Settings are live: the reconcile moves existing reminder jobs to the new lead times. */
  @Mutation(() => SettingsModel, { description: 'ADMIN.' })
  @RequireRole(Role.ADMIN)
  async updateSettings(@Args('input') input: SettingsInput) {
    const settings = await this.settingsService.update(input);
    await this.sessionJobs.requestReconcile();
    return settings;
  }
}
