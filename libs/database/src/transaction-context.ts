import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

const current = new AsyncLocalStorage<EntityManager>();

/** Runs `work` with `em` as the transaction every repository call inside it joins. */
export const withTransaction = <T>(em: EntityManager, work: () => Promise<T>): Promise<T> => current.run(em, work);

/** The transaction this code runs in, if any. */
export const currentTransaction = (): EntityManager | undefined => current.getStore();

/**
 * The manager a repository query must use: the one it was given, else the transaction it runs in,
 * else a pooled connection. A query inside a transaction never takes a second connection (with
 * every connection held by transactions waiting on one lock, that second connection would never
 * come) and always sees the transaction's own writes.
 */
export const managerOf = (dataSource: DataSource, em?: EntityManager): EntityManager => em ?? current.getStore() ?? dataSource.manager;
