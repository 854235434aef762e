import { Column, PrimaryColumn, type ColumnOptions } from 'typeorm';

/** Every id is a UUID kept as 36 ASCII characters. */
export const IdColumn = (): PropertyDecorator => PrimaryColumn({ type: 'char', length: 36, charset: 'ascii', collation: 'ascii_bin' });

/** A reference to another row's id. */
export const RefColumn = (options: Pick<ColumnOptions, 'nullable' | 'name'> = {}): PropertyDecorator =>
  Column({ type: 'char', length: 36, charset: 'ascii', collation: 'ascii_bin', ...options });

/** An instant, UTC, millisecond precision. */
export const InstantColumn = (options: Pick<ColumnOptions, 'nullable' | 'name'> = {}): PropertyDecorator =>
  Column({ type: 'datetime', precision: 3, ...options });
