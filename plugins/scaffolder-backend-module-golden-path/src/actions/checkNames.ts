import { InputError } from '@backstage/errors';
import {
  aggregateNameProblem,
  moduleNameProblem,
  serviceNameProblem,
} from '@internal/plugin-golden-path-common';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';

/**
 * `golden-path:check:names`: the golden paths' first step. The form refuses
 * these names already; this refuses them, in the same words, for a task
 * started through the API, before anything is written.
 */
export function createCheckNamesAction() {
  return createTemplateAction({
    id: 'golden-path:check:names',
    description:
      'Refuses a service name, aggregate or module name that the generated Python or Kubernetes files could not carry, saying why.',
    supportsDryRun: true,
    schema: {
      input: {
        name: z => z.string({ description: 'The service name' }).optional(),
        aggregate: z =>
          z.string({ description: 'The example aggregate' }).optional(),
        modules: z =>
          z.array(z.string(), { description: 'The modules' }).optional(),
      },
    },
    async handler(ctx) {
      const { name, aggregate, modules } = ctx.input;
      const problems = [
        name === undefined ? undefined : serviceNameProblem(name),
        aggregate === undefined ? undefined : aggregateNameProblem(aggregate),
        ...(modules ?? []).map(moduleNameProblem),
      ].filter((problem): problem is string => problem !== undefined);
      if (problems.length) throw new InputError(problems.join(' '));
      ctx.logger.info('The names can be used.');
    },
  });
}
