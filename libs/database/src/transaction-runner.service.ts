import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { isRetryable, mapDriverError } from './driver-errors';
import { currentTransaction, withTransaction } from './transaction-context';

export interface TransactionContext {
  /** Runs after a successful commit (never after a rollback); failures are logged, not thrown. */
  afterCommit(task: () => unknown): void;
}

export interface TransactionOptions {
  /** How many times the whole unit of work may run when it meets a deadlock or lock-wait timeout. */
  attempts?: number;
}

/**
 * Opens the transactions of the services' use cases. Each runs at READ COMMITTED (row locks
 * taken explicitly where an invariant needs them) and runs again from the start on a deadlock or
 * lock-wait timeout, so callers write their work as if it ran alone. Repository calls inside the
 * work use the transaction's connection (see managerOf), and a run inside a run joins it.
 */
@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger(TransactionRunner.name);

  /** Pooled connections already at READ COMMITTED for their whole session. */
  private readonly readCommitted = new WeakSet<object>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * A transaction at READ COMMITTED on a connection of the pool. The level is set once per
   * connection, for its session, instead of before every transaction (TypeORM's own way costs
   * a round trip each time).
   */
  private async inTransaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const runner: QueryRunner = this.dataSource.createQueryRunner();
    try {
      // The pool's connection (mysql2's), the same object each time the pool hands it out.
      const connection = (await runner.connect()) as object;
      if (!this.readCommitted.has(connection)) {
        await runner.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
        this.readCommitted.add(connection);
      }
      await runner.startTransaction();
      try {
        const result = await work(runner.manager);
        await runner.commitTransaction();
        return result;
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
    } finally {
      await runner.release();
    }
  }

  async run<T>(work: (tx: TransactionContext) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const outer = currentTransaction();
    if (outer) {
      // Already in a transaction: join it (retries and after-commit tasks belong to the outer run).
      return work({ afterCommit: (task) => outer.afterCommit.push(task) });
    }
    const attempts = options.attempts ?? 6;
    for (let attempt = 1; ; attempt++) {
      const tasks: Array<() => unknown> = [];
      try {
        const result = await this.inTransaction((em) =>
          withTransaction({ em, afterCommit: tasks }, () => work({ afterCommit: (task) => tasks.push(task) })),
        );
        // Outside the transaction's context: tasks may start timers or other transactions.
        for (const task of tasks) {
          try {
            await task();
          } catch (error) {
            this.logger.warn({ err: error }, 'after-commit task failed');
          }
        }
        return result;
      } catch (error) {
        if (attempt < attempts && isRetryable(error)) {
          // Back off a little, with jitter, so the transactions that collided do not collide again.
          await sleep(Math.floor(Math.random() * 20 * attempt) + 5);
          continue;
        }
        throw mapDriverError(error);
      }
    }
  }
}
