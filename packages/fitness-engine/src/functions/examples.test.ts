import { readLocalSourceTree } from '@internal/source-tree';
import { resolve } from 'node:path';
import { buildImportGraph } from '../graph/buildImportGraph';
import type { ArchitectureStyle } from '@internal/plugin-fitness-common';
import { FitnessContext } from './FitnessFunction';
import { domainPurityFunction } from './domainPurity';
import { importCyclesFunction } from './importCycles';
import { layerContractsFunction } from './layerContracts';

const EXAMPLES = resolve(__dirname, '../../../../examples/services');

async function contextOf(
  service: string,
  rootPackage: string,
  style: ArchitectureStyle,
): Promise<FitnessContext> {
  const tree = await readLocalSourceTree(`${EXAMPLES}/${service}`);
  const { graph } = await buildImportGraph(tree);
  return { tree, graph, rootPackage, style, now: new Date() };
}

/*
 * The example services' sources: platform-user is clean, platform-api breaks
 * its clean-architecture layers twice, catalog-service has an import cycle.
 * Expected lines are the lines of the import statements in those files.
 */
describe('fitness functions on the example services', () => {
  it('finds platform-user clean', async () => {
    const context = await contextOf('platform-user', 'platform_user', 'clean');
    for (const fn of [
      layerContractsFunction,
      importCyclesFunction,
      domainPurityFunction(),
    ]) {
      const outcome = await fn.evaluate(context);
      expect({
        id: fn.id,
        status: outcome.status,
        evidence: outcome.evidence,
      }).toEqual({
        id: fn.id,
        status: 'pass',
        evidence: [],
      });
    }
  });

  it('finds platform-api breaking its layers, with file:line', async () => {
    const context = await contextOf('platform-api', 'platform_api', 'clean');
    const outcome = await layerContractsFunction.evaluate(context);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      'Contracts (the default clean contracts): 0 kept, 1 broken.',
    );
    const where = outcome.evidence.map(e => `${e.path}:${e.line}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'src/platform_api/domain/route.py:6',
        'src/platform_api/application/forward_request.py:5',
      ]),
    );
    expect(outcome.evidence.map(e => e.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'platform_api.domain.route -> platform_api.infrastructure.upstream_client (l.6)',
        ),
      ]),
    );
  });

  it('finds the cycle in catalog-service', async () => {
    const context = await contextOf(
      'catalog-service',
      'catalog_service',
      'hexagonal-cqrs',
    );
    const outcome = await importCyclesFunction.evaluate(context);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toHaveLength(1);
    expect(outcome.evidence[0].message).toMatch(
      /^cycle of 2 modules: catalog_service\.domain\.(pricing|product) -> catalog_service\.domain\.(product|pricing) -> /,
    );
    expect((await layerContractsFunction.evaluate(context)).status).toBe(
      'pass',
    );
  });
});
