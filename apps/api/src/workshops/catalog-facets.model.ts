import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CatalogFacets', {
  description: "What the public catalog's filters offer: drawn from the workshops with sessions still to come.",
})
export class CatalogFacetsModel {
  @Field(() => [String], { description: 'Tags (topics), lower case, sorted.' })
  tags!: string[];

  @Field(() => [String], { description: 'BCP-47 language tags, sorted.' })
  languages!: string[];
}
