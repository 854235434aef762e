import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

interface OpenTransaction {
  em: EntityManager;
  /** Run after it commits (never after a rollback). */
  afterCommit: Array<() => unknown>;
}

const current = new AsyncLocalStorage<OpenTransaction>();

/** Runs `work` as the transaction every repository call inside it joins. */
export const withTransaction = <T>(transaction: OpenTransaction, work: () => Promise<T>): Promise<T> => current.run(transaction, work);

/** The transaction this code runs in, if it is still open. */
export const currentTransaction = (): OpenTransaction | undefined => {
  const open = current.getStore();
  return open && !open.em.queryRunner?.isReleased ? open : undefined;
};

/**
 * Runs `task` once the current transaction has committed, or now when there is none: for what
 * must only see committed data (publishing, scheduling jobs), wherever in the work it is decided.
 */
export function afterCommit(task: () => unknown): void {
  const open = currentTransaction();
  if (open) open.afterCommit.push(task);
  else void Promise.resolve().then(task);
}

/** Runs `work` outside any transaction context: for timers and other work that outlives it. */
export const outsideTransaction = <T>(work: () => T): T => current.exit(work);

/**
 * The manager a repository query must use: the one it was given, else the transaction it runs in,
 * else a pooled connection. A query inside a transaction never takes a second connection (with
 * every connection held by transactions waiting on one lock, that second connection would never
 * come) and always sees the transaction's own writes.
 */
export const managerOf = (dataSource: DataSource): EntityManager => currentTransaction()?.em ?? dataSource.manager;

/**
 * The manager of the transaction this code runs in, for what is only right inside one: a locking
 * read (FOR UPDATE), a conditional update whose lock must last, an outbox row that must commit
 * with its change. Outside a transaction it fails loudly: on a pooled connection the lock would
 * be released at once and the row committed alone.
 */
export function transactionManagerOf(): EntityManager {
  const open = currentTransaction();
  if (!open)
    throw new Error('This must run inside a transaction (TransactionRunner.run): a lock or an outbox row outside one would not hold');
  return open.em;
}
