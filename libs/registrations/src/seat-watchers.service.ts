import { Injectable, Logger } from '@nestjs/common';
import { afterCommit } from '@app/database';

type Watcher = (sessionIds: readonly string[]) => unknown;

/** Told, after commit, which sessions' seat counts changed (the API publishes them live). */
@Injectable()
export class SeatWatchers {
  private readonly logger = new Logger(SeatWatchers.name);
  private readonly watchers: Watcher[] = [];

  register(watcher: Watcher): void {
    this.watchers.push(watcher);
  }

  /** Announces changed seat counts once the current transaction commits (at once outside one). */
  changed(sessionIds: readonly string[]): void {
    afterCommit(() => this.notify([...new Set(sessionIds)]));
  }

  private async notify(unique: string[]): Promise<void> {
    for (const watcher of this.watchers) {
      try {
        await watcher(unique);
      } catch (error) {
        this.logger.warn({ err: (error as Error).message }, 'seat watcher failed');
      }
    }
  }
}
