import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import type { Page } from '@app/database';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  /** A getter: a lazy count runs only when the client selects totalCount. */
  totalCount: number | Promise<number>;
}

/** `<Name>Edge` and `<Name>Connection` for a node type, as the contract spells them. */
export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number | Promise<number>;
  }
  return ConnectionType as unknown as Type<ConnectionShape<T>>;
}

export function toConnection<T>(page: Page<T>): ConnectionShape<T> {
  const edges = page.rows.map((node) => ({ cursor: page.cursorOf(node), node }));
  const { totalCount } = page;
  let counted: Promise<number> | null = null;
  return {
    edges,
    nodes: page.rows,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    // Read by the field's resolver only when the query selects it.
    get totalCount() {
      if (typeof totalCount === 'number') return totalCount;
      counted ??= totalCount();
      return counted;
    },
  };
}
