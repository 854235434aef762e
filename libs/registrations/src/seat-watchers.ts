import { Injectable, Logger } from '@nestjs/common';

type Watcher = (sessionIds: readonly string[]) => unknown;

/** Told, after commit, which sessions' seat counts changed (the API publishes them live). */
@Injectable()
export class SeatWatchers {
  private readonly logger = new Logger(SeatWatchers.name);
  private readonly watchers: Watcher[] = [];

  register(watcher: Watcher): void {
    this.watchers.push(watcher);
  }

  async changed(sessionIds: readonly string[]): Promise<void> {
    const unique = [...new Set(sessionIds)];
    for (const watcher of this.watchers) {
      try {
        await watcher(unique);
      } catch (error) {
        this.logger.warn({ err: (error as Error).message }, 'seat watcher failed');
      }
    }
  }
}
