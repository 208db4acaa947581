import type { SourceTree } from '@internal/source-tree';
import { parse as parseToml, TomlError } from 'smol-toml';
import { ImportLinterConfigError } from './ImportLinterConfigError';
import { OptionReader, type RawOptionValue } from './OptionReader';
import { parseIni, readIniSection } from './parseIni';
import { readContract, readSessionOptions } from './readContract';
import type { ImportLinterConfig } from './types';

/**
 * The files import-linter reads when no `--config` is given, in the order it
 * tries them. Its docs (`docs/get_started/configure.md`) list `setup.cfg`,
 * `.importlinter` and `pyproject.toml`; its code tries the INI reader first
 * (setup.cfg, then .importlinter) and the TOML reader second, and a file only
 * counts when it holds an import-linter section. So: a `setup.cfg` with
 * `[importlinter]` wins over `.importlinter`, which wins over a
 * `pyproject.toml` with `[tool.importlinter]`.
 */
export const IMPORT_LINTER_CONFIG_FILES = [
  'setup.cfg',
  '.importlinter',
  'pyproject.toml',
] as const;

const SECTION = 'importlinter';

/**
 * Reads an import-linter configuration from one file's text. The format is
 * TOML when the path ends in `.toml`, INI otherwise (as `lint-imports
 * --config` decides). Returns undefined when the file has no import-linter
 * section; throws ImportLinterConfigError when the configuration is invalid.
 */
export function parseImportLinterConfig(
  text: string,
  path: string,
): ImportLinterConfig | undefined {
  return path.endsWith('.toml')
    ? parseTomlConfig(text, path)
    : parseIniConfig(text, path);
}

/**
 * Finds and reads the configuration of a service in a source tree, in
 * import-linter's order (see IMPORT_LINTER_CONFIG_FILES). `dir` is the
 * service's folder inside the tree ('' for the root).
 */
export async function findImportLinterConfig(
  tree: SourceTree,
  dir = '',
): Promise<ImportLinterConfig | undefined> {
  const prefix = dir.split('/').filter(Boolean).join('/');
  const present = new Set(tree.files.map(file => file.path));
  for (const name of IMPORT_LINTER_CONFIG_FILES) {
    const path = prefix ? `${prefix}/${name}` : name;
    if (!present.has(path)) {
      continue;
    }
    const config = parseImportLinterConfig(await tree.readText(path), path);
    if (config) {
      return config;
    }
  }
  return undefined;
}

function parseIniConfig(
  text: string,
  path: string,
): ImportLinterConfig | undefined {
  const doc = parseIni(text, path);
  const readerFor = (sectionName: string) => {
    const section = doc.sections.find(s => s.name === sectionName)!;
    const options = readIniSection(doc, section);
    const values = new Map<string, RawOptionValue>();
    const lines = new Map<string, number>();
    for (const [key, option] of options) {
      // As import-linter's IniFileUserOptionReader: a multi-line value is a list of lines.
      values.set(
        key,
        option.value.includes('\n')
          ? option.value.trim().split('\n')
          : option.value,
      );
      lines.set(key, option.line);
    }
    return new OptionReader(path, sectionName, values, lines);
  };
  if (!doc.sections.some(section => section.name === SECTION)) {
    return undefined;
  }
  const session = readSessionOptions(readerFor(SECTION));
  const contracts = doc.sections
    .filter(section => section.name.startsWith(`${SECTION}:`))
    .map(section => {
      const id = section.name.split(':').pop()!;
      return readContract(readerFor(section.name), id);
    });
  return { path, session, contracts };
}

function parseTomlConfig(
  text: string,
  path: string,
): ImportLinterConfig | undefined {
  let data: Record<string, unknown>;
  try {
    data = parseToml(text);
  } catch (error) {
    if (error instanceof TomlError) {
      const message = error.message.split('\n')[0];
      throw new ImportLinterConfigError(
        path,
        `not valid TOML: ${message}`,
        undefined,
        undefined,
        error.line,
      );
    }
    throw error;
  }
  const tool = data.tool;
  const table = isTable(tool) ? tool.importlinter : undefined;
  if (table === undefined) {
    return undefined;
  }
  if (!isTable(table)) {
    throw new ImportLinterConfigError(
      path,
      'tool.importlinter must be a table: write [tool.importlinter].',
      'tool.importlinter',
    );
  }
  if (Object.keys(table).length === 0) {
    return undefined;
  }
  const { contracts = [], ...sessionOptions } = table;
  const session = readSessionOptions(
    new OptionReader(
      path,
      'tool.importlinter',
      new Map(Object.entries(sessionOptions)),
    ),
  );
  if (!Array.isArray(contracts) || !contracts.every(isTable)) {
    throw new ImportLinterConfigError(
      path,
      'contracts must be an array of tables: write each contract as [[tool.importlinter.contracts]].',
      'tool.importlinter',
      'contracts',
    );
  }
  return {
    path,
    session,
    contracts: contracts.map((contract, index) => {
      const section = `tool.importlinter.contracts[${index}]`;
      const reader = new OptionReader(
        path,
        section,
        new Map(Object.entries(contract)),
      );
      return readContract(reader, fallbackTomlId(contract, index));
    }),
  };
}

/** TOML contracts take an optional `id` (docs/toml.md); without one we use the name. */
function fallbackTomlId(
  contract: Record<string, unknown>,
  index: number,
): string {
  return typeof contract.name === 'string' && contract.name.trim()
    ? contract.name.trim()
    : String(index);
}

function isTable(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date)
  );
}
