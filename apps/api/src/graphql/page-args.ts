import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { OptionalLine } from '../validation/validators';

/** `first` and `after` of a connection's arguments (at most 100 per page), for lists to extend. */
export function PageArgs(defaultFirst: number) {
  @ArgsType()
  abstract class Page {
    @Field(() => Int, { nullable: true, defaultValue: defaultFirst })
    @IsOptional()
    @IsInt()
    @Min(0)
    @Max(100)
    first?: number;

    @Field(() => String, { nullable: true })
    @OptionalLine(500)
    after?: string | null;
  }
  return Page;
}
