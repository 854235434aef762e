import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/**
 * Turns the raw rows of a query that selected an entity's columns under `alias` (TypeORM names
 * them `<alias>_<column>`) into entities, converting each value as TypeORM's own hydration does
 * (the driver's `prepareHydratedValue`: dates, JSON, transformers). For reads that join several
 * entities in one query and see the same joined row many times: each is built once, by id,
 * without TypeORM's per-row grouping of joined results.
 */
export class RawHydrator<T extends ObjectLiteral> {
  private readonly columns: Array<{ property: string; key: string; column: ColumnMetadata }>;
  private readonly idKey: string;

  constructor(
    private readonly dataSource: DataSource,
    target: EntityTarget<T>,
    readonly alias: string,
  ) {
    const metadata = dataSource.getMetadata(target);
    this.columns = metadata.columns.map((column) => ({ property: column.propertyName, key: `${alias}_${column.databaseName}`, column }));
    this.idKey = `${alias}_${metadata.primaryColumns[0].databaseName}`;
    this.create = () => metadata.create() as T;
  }

  private readonly create: () => T;

  /** The entity in `raw`, or null when the row has none (an outer join that found nothing). */
  one(raw: Record<string, unknown>): T | null {
    if (raw[this.idKey] == null) return null;
    const entity = this.create() as Record<string, unknown>;
    for (const { property, key, column } of this.columns) entity[property] = this.dataSource.driver.prepareHydratedValue(raw[key], column);
    return entity as T;
  }

  /** Like `one`, but a row already built (same id) is given again rather than built anew. */
  cached(raw: Record<string, unknown>, seen: Map<string, T>): T | null {
    const id = raw[this.idKey];
    if (id == null) return null;
    let entity = seen.get(String(id));
    if (!entity) {
      entity = this.one(raw) as T;
      seen.set(String(id), entity);
    }
    return entity;
  }
}
