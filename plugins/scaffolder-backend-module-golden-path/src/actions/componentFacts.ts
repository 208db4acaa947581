import { Entity } from '@backstage/catalog-model';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { runbookFilePath } from '@internal/plugin-runbook-common';
import {
  alertPolicyNames,
  RELATION_HAS_SLO,
} from '@internal/plugin-slo-common';
import { WRITE_FILES } from '../component/changeKinds';
import {
  ComponentActionDeps,
  componentRepository,
} from '../component/componentRepository';

type SloSpec = {
  description?: string;
  objectives?: { target?: number; targetPercent?: number }[];
};

function sloFacts(slo: Entity) {
  const spec = (slo.spec ?? {}) as SloSpec;
  const objective = spec.objectives?.[0];
  const target =
    objective?.targetPercent ??
    (objective?.target === undefined ? undefined : objective.target * 100);
  return {
    name: slo.metadata.name,
    description: spec.description ?? slo.metadata.title ?? slo.metadata.name,
    target: target === undefined ? 'not set' : `${+target.toFixed(3)} %`,
    alertPolicies: alertPolicyNames(spec),
  };
}

const targets = (entity: Entity, type: string) =>
  (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef)
    .sort();

/**
 * `golden-path:component:facts`: what the catalog knows of an existing
 * component (owner, system, APIs, dependencies, SLOs and their alert
 * policies), for the templates that write its docs. It also refuses, before
 * anything is written, a component the caller or the portal cannot change.
 */
export function createComponentFactsAction(options: ComponentActionDeps) {
  const { repositories, pullRequests, catalog, permissions } = options;
  return createTemplateAction({
    id: 'golden-path:component:facts',
    description:
      "Reads an existing component's owner, system, APIs, dependencies and SLOs from the catalog.",
    supportsDryRun: true,
    schema: {
      input: {
        component: z => z.string({ description: 'The component entity ref' }),
      },
      output: {
        entityRef: z => z.string(),
        name: z => z.string(),
        title: z => z.string(),
        description: z => z.string(),
        owner: z => z.string(),
        system: z => z.string(),
        lifecycle: z => z.string(),
        providesApis: z => z.array(z.string()),
        dependsOn: z => z.array(z.string()),
        slos: z => z.array(z.any()),
        alerts: z => z.array(z.string()),
        runbookPath: z => z.string(),
      },
    },
    async handler(ctx) {
      const credentials = await ctx.getInitiatorCredentials();
      const { entity, entityRef } = await componentRepository({
        entityRef: ctx.input.component,
        catalog,
        credentials,
        permissions,
        change: WRITE_FILES,
        repositories,
        pullRequests,
      });
      const sloRefs = targets(entity, RELATION_HAS_SLO);
      const { items } = sloRefs.length
        ? await catalog.getEntitiesByRefs(
            { entityRefs: sloRefs },
            { credentials },
          )
        : { items: [] };
      const slos = items.flatMap(slo => (slo ? [sloFacts(slo)] : []));
      const spec = (entity.spec ?? {}) as Record<string, string | undefined>;
      ctx.output('entityRef', entityRef);
      ctx.output('name', entity.metadata.name);
      ctx.output('title', entity.metadata.title ?? entity.metadata.name);
      ctx.output('description', entity.metadata.description ?? '');
      ctx.output('owner', spec.owner ?? 'unowned');
      ctx.output('system', spec.system ?? '');
      ctx.output('lifecycle', spec.lifecycle ?? '');
      ctx.output('providesApis', targets(entity, 'providesApi'));
      ctx.output('dependsOn', targets(entity, 'dependsOn'));
      ctx.output('slos', slos);
      ctx.output(
        'alerts',
        slos.flatMap(s => s.alertPolicies),
      );
      ctx.output('runbookPath', runbookFilePath(entity));
      ctx.logger.info(
        `${entityRef}: ${slos.length} SLOs, ${
          slos.flatMap(s => s.alertPolicies).length
        } alert policies`,
      );
    },
  });
}
