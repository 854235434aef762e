import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Metrics } from '@app/metrics';

/** Apollo's plugin type as the Nest driver sees it (its CommonJS typings, not the ESM ones). */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * Times each GraphQL operation by type and first root field (names from the schema, checked by
 * validation, so the labels stay few), with its outcome: ok or the first error's code.
 */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloPlugin {
  return {
    async requestDidStart() {
      const stop = metrics.graphqlOperations.startTimer();
      let type = 'invalid';
      let field = 'invalid';
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          type = operation.operation;
          const first = operation.selectionSet.selections.find((s) => s.kind === 'Field');
          field = first && first.kind === 'Field' ? first.name.value : 'fragment';
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          stop({ type, field, outcome: errors?.length ? String(code ?? 'ERROR') : 'ok' });
        },
      };
    },
  };
}
