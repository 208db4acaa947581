import type { ImportGraph } from '../graph/ImportGraph';
import {
  ContractCheckError,
  type ContractCheck,
  type ContractsReport,
} from './ContractCheck';
import { ContractGraph } from './ContractGraph';
import { evaluateAcyclicSiblingsContract } from './evaluateAcyclicSiblingsContract';
import { evaluateForbiddenContract } from './evaluateForbiddenContract';
import { evaluateIndependenceContract } from './evaluateIndependenceContract';
import { evaluateLayersContract } from './evaluateLayersContract';
import { removeIgnoredImports } from './removeIgnoredImports';
import type { Contract, SessionOptions } from './types';

/**
 * Checks every contract of a configuration against an import graph, as
 * `lint-imports` does. A contract that cannot be checked (a missing module,
 * an unmatched ignored import, an unsupported type) gets status `error`
 * with the reason; the other contracts are still checked.
 */
export function checkContracts(
  graph: ImportGraph,
  config: { session: SessionOptions; contracts: readonly Contract[] },
): ContractsReport {
  const view = ContractGraph.fromImportGraph(graph, config.session);
  const missingRoot = config.session.rootPackages.find(root => !view.has(root));
  const checks = config.contracts.map(contract =>
    missingRoot === undefined
      ? checkContract(view, contract, config.session)
      : errorCheck(
          contract,
          `Root package '${missingRoot}' was not found among the modules of the source tree. ` +
            'Check root_package / root_packages against the package folders.',
        ),
  );
  return {
    checks,
    keptCount: checks.filter(check => check.status === 'kept').length,
    brokenCount: checks.filter(check => check.status === 'broken').length,
    errorCount: checks.filter(check => check.status === 'error').length,
  };
}

/** Checks one contract on a contract graph (see ContractGraph.fromImportGraph). */
export function checkContract(
  graph: ContractGraph,
  contract: Contract,
  session: SessionOptions,
): ContractCheck {
  try {
    if (contract.type === 'unsupported') {
      throw new ContractCheckError(
        `Contract type '${contract.declaredType}' is not supported by the fitness engine ` +
          '(it checks layers, forbidden, independence and acyclic_siblings).',
      );
    }
    const removal = removeIgnoredImports(
      graph,
      contract.ignoreImports,
      contract.unmatchedIgnoreImportsAlerting,
    );
    const check: ContractCheck = {
      contract,
      status: 'kept',
      warnings: removal.warnings,
      violations: [],
      undeclaredModules: [],
      cycles: [],
      ignoredImportCount: removal.ignoredImportCount,
    };
    switch (contract.type) {
      case 'layers':
        Object.assign(
          check,
          evaluateLayersContract(removal.graph, contract, session),
        );
        break;
      case 'forbidden':
        check.violations = evaluateForbiddenContract(
          removal.graph,
          contract,
          session,
        );
        break;
      case 'independence':
        check.violations = evaluateIndependenceContract(
          removal.graph,
          contract,
        );
        break;
      case 'acyclic_siblings':
        check.cycles = evaluateAcyclicSiblingsContract(removal.graph, contract);
        break;
      default:
        break;
    }
    const broken =
      check.violations.length > 0 ||
      check.undeclaredModules.length > 0 ||
      check.cycles.length > 0;
    return { ...check, status: broken ? 'broken' : 'kept' };
  } catch (error) {
    if (error instanceof ContractCheckError) {
      return errorCheck(contract, error.message);
    }
    throw error;
  }
}

function errorCheck(contract: Contract, message: string): ContractCheck {
  return {
    contract,
    status: 'error',
    error: message,
    warnings: [],
    violations: [],
    undeclaredModules: [],
    cycles: [],
    ignoredImportCount: 0,
  };
}
