import { monolithModules } from '../contracts/monolithModules';
import {
  checkContracts,
  ContractsReport,
  defaultContracts,
  findImportLinterConfig,
  ImportLinterConfig,
  ImportLinterConfigError,
} from '../contracts';
import { ImportChain } from '../contracts/ContractCheck';
import { Evidence } from '@internal/plugin-fitness-common';
import {
  FitnessContext,
  FitnessFunction,
  FitnessOutcome,
} from './FitnessFunction';

function chainText(chain: ImportChain): string {
  return chain.links
    .map(
      (link, i) =>
        `${i === 0 ? `${link.importer} -> ` : ''}${
          link.imported
        } (l.${link.lineNumbers.join(', l.')})`,
    )
    .join(' -> ');
}

/** The repository's own import-linter contracts, or its style's defaults. */
export async function layerContractsConfig(
  context: FitnessContext,
): Promise<ImportLinterConfig | undefined> {
  const own = await findImportLinterConfig(context.tree);
  if (own) return own;
  const { style, rootPackage, graph } = context;
  if (!style || !rootPackage) return undefined;
  const modules = monolithModules(graph.modules, rootPackage);
  return {
    session: {
      rootPackages: [rootPackage],
      includeExternalPackages: false,
      excludeTypeCheckingImports: false,
    },
    contracts: defaultContracts(
      style,
      rootPackage,
      modules.length > 0 ? modules : undefined,
    ),
  };
}

/** The outcome of the layer-contracts function for a checked configuration. */
export function layerContractsOutcome(
  config: ImportLinterConfig,
  report: ContractsReport,
  style: string | undefined,
): FitnessOutcome {
  const evidence: Evidence[] = [];
  for (const check of report.checks) {
    for (const violation of check.violations) {
      const chain = violation.chains[0];
      const site = chain?.links[0]?.sites[0];
      evidence.push({
        path: site?.path ?? violation.importer,
        line: site?.line,
        message: `${check.contract.name}: ${
          violation.importer
        } is not allowed to import ${violation.imported}: ${
          chain ? chainText(chain) : ''
        }`,
        violation: {
          contract: check.contract.name,
          importer: violation.importer,
          imported: violation.imported,
        },
      });
    }
    if (check.status === 'error') {
      evidence.push({
        path: config.path ?? '(default contracts)',
        message: `${check.contract.name}: ${check.error}`,
      });
    }
  }
  const source = config.path ?? `the default ${style} contracts`;
  const summary = `Contracts (${source}): ${report.keptCount} kept, ${
    report.brokenCount
  } broken${
    report.errorCount ? `, ${report.errorCount} could not be checked` : ''
  }.`;
  let status: 'pass' | 'fail' | 'error' = 'pass';
  if (report.brokenCount > 0) status = 'fail';
  else if (report.errorCount > 0) status = 'error';
  return { status, summary, evidence };
}

/** What checking the layer contracts found, for the function and for a report. */
export interface LayerContractsCheck {
  outcome: FitnessOutcome;
  /** Undefined when there were no contracts to check. */
  report?: ContractsReport;
  /** Where the contracts came from: a config file's path, or the style's defaults. */
  source?: string;
}

/**
 * Checks the contracts of `config` when given (the CLI's --config), else the
 * repository's own, else its style's defaults.
 */
export async function checkLayerContracts(
  context: FitnessContext,
  config?: ImportLinterConfig,
): Promise<LayerContractsCheck> {
  let checked = config;
  if (!checked) {
    try {
      checked = await layerContractsConfig(context);
    } catch (error) {
      if (error instanceof ImportLinterConfigError) {
        return {
          outcome: { status: 'error', summary: error.message, evidence: [] },
        };
      }
      throw error;
    }
  }
  if (!checked || checked.contracts.length === 0) {
    return {
      outcome: {
        status: 'not-applicable',
        summary:
          'No import-linter contracts, and no architecture style (golden-path/architecture) to take defaults from.',
        evidence: [],
      },
    };
  }
  const report = checkContracts(
    context.graph,
    checked,
    context.unreadableModules,
  );
  return {
    outcome: layerContractsOutcome(checked, report, context.style),
    report,
    source: checked.path ?? `the default ${context.style} contracts`,
  };
}

/** import-linter contracts, checked on the service's real imports. */
export const layerContractsFunction: FitnessFunction = {
  id: 'layer-contracts',
  title: 'Layer contracts are kept',
  category: 'architecture',
  level: 'bronze',
  weight: 5,
  docsPath: 'docs/fitness/layer-contracts.md',
  appliesTo: ({ graph }) => graph.modules.size > 0,
  async evaluate(context) {
    return (await checkLayerContracts(context)).outcome;
  },
};
