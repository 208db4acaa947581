import {
  SERVICE_LAYERS,
  type ArchitectureStyle,
} from '@internal/plugin-fitness-common';
import { MODULE_LAYERS, shortName } from './monolithModules';
import type { Contract, ForbiddenContract, LayersContract } from './types';

/** The layers inside each module of a modular monolith, highest first. */

function common(): Pick<
  Contract,
  'ignoreImports' | 'unmatchedIgnoreImportsAlerting'
> {
  return { ignoreImports: [], unmatchedIgnoreImportsAlerting: 'error' };
}

/**
 * The contracts used when a repository has no import-linter configuration
 * (DESIGN.md, "Conventions"), for a service whose top-level package is
 * `rootPackage`:
 *
 * - clean, hexagonal-cqrs: `layers = presentation, infrastructure,
 *   application, domain` inside the package (every layer required);
 * - hexagonal-cqrs also: `application.commands` must not import
 *   `application.queries`, nor the reverse (one forbidden contract per
 *   direction, so each direction reports on its own);
 * - modular-monolith: `layers = api, services, repository, types` inside each
 *   module (optional layers: a module need not have all four), and for each
 *   module a forbidden contract: the other modules may not import its
 *   `repository` or `api` (they may use its `services` and `types`). These
 *   contracts allow indirect imports: a module's services use its own
 *   repository, so counting chains would forbid using the services too. With
 *   `modules` (the module packages, e.g. `['shop.billing', 'shop.users']`), one contract
 *   per module; without, wildcards `<root>.*` stand for the modules;
 * - platform-monorepo: no default contracts (each component is checked as
 *   its own service).
 */
export function defaultContracts(
  style: ArchitectureStyle,
  rootPackage: string,
  modules?: readonly string[],
): Contract[] {
  switch (style) {
    case 'clean':
      return [serviceLayers(rootPackage)];
    case 'hexagonal-cqrs':
      return [
        serviceLayers(rootPackage),
        forbid(
          'commands-do-not-import-queries',
          'Commands do not import queries',
          [`${rootPackage}.application.commands`],
          [`${rootPackage}.application.queries`],
        ),
        forbid(
          'queries-do-not-import-commands',
          'Queries do not import commands',
          [`${rootPackage}.application.queries`],
          [`${rootPackage}.application.commands`],
        ),
      ];
    case 'modular-monolith':
      return modularMonolith(rootPackage, modules);
    default:
      return [];
  }
}

function serviceLayers(rootPackage: string): LayersContract {
  return {
    ...common(),
    id: 'layers',
    name: 'Service layers',
    type: 'layers',
    layers: SERVICE_LAYERS.map(name => ({
      modules: [{ name, optional: false }],
      independent: true,
    })),
    containers: [rootPackage],
    exhaustive: false,
    exhaustiveIgnores: [],
  };
}

function modularMonolith(
  rootPackage: string,
  modules?: readonly string[],
): Contract[] {
  const containers = modules ? [...modules] : [`${rootPackage}.*`];
  const layers: LayersContract = {
    ...common(),
    id: 'module-layers',
    name: 'Layers inside each module',
    type: 'layers',
    layers: MODULE_LAYERS.map(name => ({
      modules: [{ name, optional: true }],
      independent: true,
    })),
    containers,
    exhaustive: false,
    exhaustiveIgnores: [],
  };
  if (!modules) {
    return [
      layers,
      forbid(
        'module-boundaries',
        'Modules use only the services and types of other modules',
        [`${rootPackage}.*`],
        [`${rootPackage}.*.repository`, `${rootPackage}.*.api`],
        true,
      ),
    ];
  }
  return [
    layers,
    ...modules
      .map(module =>
        forbid(
          `${shortName(module)}-boundary`,
          `Other modules use only the services and types of ${shortName(
            module,
          )}`,
          modules.filter(other => other !== module),
          [`${module}.repository`, `${module}.api`],
          true,
        ),
      )
      .filter(contract => contract.sourceModules.length > 0),
  ];
}

function forbid(
  id: string,
  name: string,
  sourceModules: string[],
  forbiddenModules: string[],
  allowIndirectImports = false,
): ForbiddenContract {
  return {
    ...common(),
    id,
    name,
    type: 'forbidden',
    sourceModules,
    forbiddenModules,
    allowIndirectImports,
    asPackages: true,
  };
}
