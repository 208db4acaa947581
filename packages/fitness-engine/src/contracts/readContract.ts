import { hasWildcard, moduleExpressionProblem } from './moduleExpressions';
import type { OptionReader } from './OptionReader';
import type { Contract, Layer, LayerModule, SessionOptions } from './types';

/** Default of `acyclic_siblings`'s `depth` (docs/contract_types/acyclic_siblings.md). */
export const DEFAULT_ACYCLIC_DEPTH = 10;

/** Reads the top-level `[importlinter]` / `[tool.importlinter]` options. */
export function readSessionOptions(reader: OptionReader): SessionOptions {
  let rootPackages: string[];
  if (reader.has('root_packages')) {
    rootPackages = reader.modules('root_packages', true);
  } else if (reader.has('root_package')) {
    rootPackages = [reader.string('root_package').trim()];
  } else {
    return reader.fail(
      'root_package',
      'either root_package or root_packages is required: name the top-level Python package to check.',
    );
  }
  for (const rootPackage of rootPackages) {
    const problem = moduleExpressionProblem(rootPackage);
    if (problem || hasWildcard(rootPackage)) {
      reader.fail(
        reader.has('root_packages') ? 'root_packages' : 'root_package',
        problem ?? `"${rootPackage}": root packages cannot use wildcards.`,
      );
    }
  }
  return {
    rootPackages,
    includeExternalPackages: reader.boolean('include_external_packages', false),
    excludeTypeCheckingImports: reader.boolean(
      'exclude_type_checking_imports',
      false,
    ),
  };
}

/** Reads one contract's options; `fallbackId` is used when the contract has no id. */
export function readContract(
  reader: OptionReader,
  fallbackId: string,
): Contract {
  const name = reader.string('name').trim();
  const type = reader.string('type').trim();
  const base = {
    id: reader.string('id', false)?.trim() || fallbackId,
    name,
    ignoreImports: reader.importExpressions('ignore_imports'),
    unmatchedIgnoreImportsAlerting: reader.alertLevel(
      'unmatched_ignore_imports_alerting',
    ),
    brokenContractGuidance: reader.text('broken_contract_guidance'),
  };
  switch (type) {
    case 'layers': {
      const containers = reader.modules('containers');
      const exhaustive = reader.boolean('exhaustive', false);
      if (exhaustive && containers.length === 0) {
        reader.fail(
          'exhaustive',
          'the exhaustive option is not supported for contracts without containers.',
        );
      }
      return {
        ...base,
        type,
        layers: reader
          .list('layers', true)
          .map(line => readLayer(reader, line)),
        containers,
        exhaustive,
        exhaustiveIgnores: reader.list('exhaustive_ignores'),
      };
    }
    case 'forbidden':
      return {
        ...base,
        type,
        sourceModules: reader.modules('source_modules', true),
        forbiddenModules: reader.modules('forbidden_modules', true),
        allowIndirectImports: reader.boolean('allow_indirect_imports', false),
        asPackages: reader.boolean('as_packages', true),
      };
    case 'independence':
      return { ...base, type, modules: reader.modules('modules', true) };
    case 'acyclic_siblings':
      return {
        ...base,
        type,
        ancestors: reader.modules('ancestors', true),
        depth: reader.integer('depth', DEFAULT_ACYCLIC_DEPTH, 0),
        skipDescendants: reader.modules('skip_descendants'),
      };
    default:
      return { ...base, type: 'unsupported', declaredType: type };
  }
}

/**
 * One line of `layers`: `a`, `(a)`, `a | b` (independent siblings) or
 * `a : b` (siblings that may import each other). Mixing `|` and `:` is
 * invalid, and wildcards are not supported (docs/contract_types/layers.md).
 */
function readLayer(reader: OptionReader, line: string): Layer {
  const hasPipe = line.includes('|');
  const hasColon = line.includes(':');
  if (hasPipe && hasColon) {
    reader.fail(
      'layers',
      `"${line}": a layer cannot mix independent (|) and non-independent (:) siblings; use one separator.`,
    );
  }
  const separator = hasPipe ? '|' : ':';
  const modules = line
    .split(separator)
    .map(item => readLayerModule(reader, item.trim()));
  return { modules, independent: !hasColon };
}

function readLayerModule(reader: OptionReader, item: string): LayerModule {
  const optional = item.startsWith('(') && item.endsWith(')');
  const name = optional ? item.slice(1, -1).trim() : item;
  const problem = moduleExpressionProblem(name);
  if (problem) {
    return reader.fail('layers', problem);
  }
  if (hasWildcard(name)) {
    return reader.fail(
      'layers',
      `"${name}": layers do not support wildcards; list each layer, or use containers.`,
    );
  }
  return { name, optional };
}
