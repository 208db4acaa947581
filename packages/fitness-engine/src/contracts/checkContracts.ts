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
import type { UnreadableModule } from '../scan/skippedFiles';
import { isInPackage, matchesModuleExpression } from './moduleExpressions';
import { removeIgnoredImports } from './removeIgnoredImports';
import type { Contract, SessionOptions } from './types';

/**
 * Checks every contract of a configuration against an import graph, as
 * `lint-imports` does. A contract that cannot be checked (a missing module,
 * an unmatched ignored import, an unsupported type, or a module in its scope
 * whose imports are unknown) gets status `error` with the reason; the other
 * contracts are still checked.
 */
export function checkContracts(
  graph: ImportGraph,
  config: { session: SessionOptions; contracts: readonly Contract[] },
  unreadable: readonly UnreadableModule[] = [],
): ContractsReport {
  const view = ContractGraph.fromImportGraph(graph, config.session);
  const missingRoot = config.session.rootPackages.find(root => !view.has(root));
  const checks = config.contracts.map(contract =>
    missingRoot === undefined
      ? unknownInScope(
          checkContract(view, contract, config.session),
          config.session,
          unreadable,
        )
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

/**
 * Whether a module's imports count for a contract: a forbidden contract
 * that allows indirect imports looks at its source modules' own imports
 * only; every other contract follows chains through the whole of the root
 * packages.
 */
function inScope(
  contract: Contract,
  session: SessionOptions,
  module: string,
): boolean {
  if (contract.type === 'forbidden' && contract.allowIndirectImports) {
    const parts = module.split('.');
    return contract.sourceModules.some(expression =>
      parts.some((_, i) =>
        matchesModuleExpression(expression, parts.slice(0, i + 1).join('.')),
      ),
    );
  }
  return session.rootPackages.some(root => isInPackage(module, root));
}

/**
 * A contract found kept while a module in its scope could not be read or
 * parsed is not known to be kept: it could not be checked. A broken one
 * stays broken.
 */
function unknownInScope(
  check: ContractCheck,
  session: SessionOptions,
  unreadable: readonly UnreadableModule[],
): ContractCheck {
  if (check.status !== 'kept') return check;
  const unknown = unreadable.filter(u =>
    inScope(check.contract, session, u.module),
  );
  if (unknown.length === 0) return check;
  const listed = unknown
    .slice(0, 5)
    .map(u => `${u.path} (${u.module}: ${u.reason})`)
    .join(', ');
  return errorCheck(
    check.contract,
    `${
      unknown.length
    } module(s) in its scope could not be read or parsed, so their imports are unknown: ${listed}${
      unknown.length > 5 ? ', …' : ''
    }. Fix or remove them (the scan's warnings say why each was left out).`,
  );
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
