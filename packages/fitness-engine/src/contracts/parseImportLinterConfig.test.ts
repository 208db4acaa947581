import type { SourceTree } from '@internal/source-tree';
import { ImportLinterConfigError } from './ImportLinterConfigError';
import {
  findImportLinterConfig,
  parseImportLinterConfig,
} from './parseImportLinterConfig';

// Expectations written by hand from import-linter's docs/get_started/configure.md,
// docs/toml.md and docs/contract_types/*.md.

function treeOf(files: Record<string, string>): SourceTree {
  return {
    files: Object.keys(files)
      .sort()
      .map(path => ({ path, size: files[path].length })),
    warnings: [],
    contentHash: 'test',
    readText: async path => files[path],
  };
}

function configError(text: string, path: string): ImportLinterConfigError {
  try {
    parseImportLinterConfig(text, path);
  } catch (error) {
    if (error instanceof ImportLinterConfigError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('parseImportLinterConfig', () => {
  describe('INI (setup.cfg, .importlinter)', () => {
    it('reads the top-level options and contracts of the documentation', () => {
      // configure.md: "[importlinter] root_package = mypackage", the optional flags, and
      // "each contract has its own INI section, which begins importlinter:contract: and ends
      // in a unique id".
      const config = parseImportLinterConfig(
        `
[importlinter]
root_package = mypackage
# Optional:
include_external_packages = True
exclude_type_checking_imports = True

[importlinter:contract:one]
name = Contract One
type = layers
layers =
    mypackage.high
    mypackage.blue | mypackage.green
    mypackage.blue : mypackage.green
    (mypackage.low)

[importlinter:contract:two]
name = Contract Two
type = forbidden
source_modules = mypackage.one
forbidden_modules =
    mypackage.two
    django
allow_indirect_imports = true
ignore_imports =
    mypackage.one.green -> mypackage.*.utils
unmatched_ignore_imports_alerting = warn
`,
        '.importlinter',
      );
      expect(config).toEqual({
        path: '.importlinter',
        session: {
          rootPackages: ['mypackage'],
          includeExternalPackages: true,
          excludeTypeCheckingImports: true,
        },
        contracts: [
          {
            id: 'one',
            name: 'Contract One',
            type: 'layers',
            layers: [
              {
                modules: [{ name: 'mypackage.high', optional: false }],
                independent: true,
              },
              {
                modules: [
                  { name: 'mypackage.blue', optional: false },
                  { name: 'mypackage.green', optional: false },
                ],
                independent: true,
              },
              {
                modules: [
                  { name: 'mypackage.blue', optional: false },
                  { name: 'mypackage.green', optional: false },
                ],
                independent: false,
              },
              {
                modules: [{ name: 'mypackage.low', optional: true }],
                independent: true,
              },
            ],
            containers: [],
            exhaustive: false,
            exhaustiveIgnores: [],
            ignoreImports: [],
            unmatchedIgnoreImportsAlerting: 'error',
            brokenContractGuidance: undefined,
          },
          {
            id: 'two',
            name: 'Contract Two',
            type: 'forbidden',
            sourceModules: ['mypackage.one'],
            forbiddenModules: ['mypackage.two', 'django'],
            allowIndirectImports: true,
            asPackages: true,
            ignoreImports: [
              {
                importer: 'mypackage.one.green',
                imported: 'mypackage.*.utils',
              },
            ],
            unmatchedIgnoreImportsAlerting: 'warn',
            brokenContractGuidance: undefined,
          },
        ],
      });
    });

    it('reads root_packages, one per line, and the other contract types', () => {
      const config = parseImportLinterConfig(
        `
[importlinter]
root_packages=
    packageone
    packagetwo

[importlinter:contract:ind]
name = Independent
type = independence
modules =
    packageone.foo
    packagetwo.*

[importlinter:contract:acyclic]
name = Acyclic
type = acyclic_siblings
ancestors =
    packageone
depth = 5
skip_descendants =
    packageone.**.orange
broken_contract_guidance =
    Use packageone.numbers instead.
    Migration guide: https://docs.example.com/numbers-migration

[importlinter:contract:prot]
name = Protected
type = protected
`,
        'setup.cfg',
      )!;
      expect(config.session.rootPackages).toEqual(['packageone', 'packagetwo']);
      expect(config.contracts[0]).toMatchObject({
        type: 'independence',
        modules: ['packageone.foo', 'packagetwo.*'],
      });
      expect(config.contracts[1]).toMatchObject({
        type: 'acyclic_siblings',
        ancestors: ['packageone'],
        depth: 5,
        skipDescendants: ['packageone.**.orange'],
        brokenContractGuidance:
          'Use packageone.numbers instead.\nMigration guide: https://docs.example.com/numbers-migration',
      });
      // Types the engine does not evaluate are kept, and reported as errors when checked.
      expect(config.contracts[2]).toMatchObject({
        type: 'unsupported',
        declaredType: 'protected',
      });
    });

    it('gives nothing for a file without an [importlinter] section', () => {
      expect(
        parseImportLinterConfig(
          '[flake8]\nmax-line-length = 100\n',
          'setup.cfg',
        ),
      ).toBeUndefined();
    });

    it('names the file, section and key of a bad option', () => {
      const base =
        '[importlinter]\nroot_package = mypackage\n[importlinter:contract:c]\nname = C\n';
      expect(
        configError(
          '[importlinter]\ninclude_external_packages = True\n',
          'setup.cfg',
        ),
      ).toMatchObject({
        file: 'setup.cfg',
        section: 'importlinter',
        key: 'root_package',
      });
      expect(configError(base, 'setup.cfg')).toMatchObject({
        section: 'importlinter:contract:c',
        key: 'type',
      });
      expect(
        configError(
          `${base}type = layers\nlayers = a\nexhaustive = yes\n`,
          'setup.cfg',
        ).message,
      ).toBe(
        'setup.cfg:7 [importlinter:contract:c] exhaustive: expected true or false, found "yes".',
      );
      // layers.md: "The exhaustive option is ... only supported for layers that define containers."
      expect(
        configError(
          `${base}type = layers\nlayers = a\nexhaustive = true\n`,
          'setup.cfg',
        ).key,
      ).toBe('exhaustive');
      // layers.md: "you are not allowed to mix different kinds of separators on the same line"
      const mixed = `${base}type = layers\nlayers =\n    mypackage.high\n    mypackage.blue | mypackage.green : mypackage.yellow  # Invalid as it mixes separators.\n`;
      expect(configError(mixed, 'setup.cfg').problem).toMatch(
        /cannot mix independent/,
      );
      // index.md: "mypackage.foo*: not a valid expression"
      expect(
        configError(
          `${base}type = independence\nmodules = mypackage.foo*\n`,
          'setup.cfg',
        ).problem,
      ).toMatch(/a wildcard can only replace a whole module name/);
      expect(
        configError(
          `${base}type = forbidden\nsource_modules = a\nforbidden_modules = b\nignore_imports = a b\n`,
          'setup.cfg',
        ).key,
      ).toBe('ignore_imports');
      expect(
        configError(
          `${base}type = acyclic_siblings\nancestors = a\ndepth = -1\n`,
          'setup.cfg',
        ).problem,
      ).toBe('must be at least 0, found -1.');
      expect(
        configError(
          `${base}type = layers\nlayers = a\nunmatched_ignore_imports_alerting = loud\n`,
          'setup.cfg',
        ).problem,
      ).toBe("invalid value \"loud\": expected 'none', 'warn' or 'error'.");
    });
  });

  describe('TOML (pyproject.toml)', () => {
    it('reads the documentation example', () => {
      // docs/toml.md: "[tool.importlinter]", contracts as "[[tool.importlinter.contracts]]".
      const config = parseImportLinterConfig(
        `
[project]
name = "svc"

[tool.importlinter]
root_packages = [
    "high",
    "medium",
    "low",
]
include_external_packages = true

[[tool.importlinter.contracts]]
name = "My three-tier layers contract (multiple root packages)"
type = "layers"
layers = [
    "high",
    "medium",
    "low",
]

[[tool.importlinter.contracts]]
id = "acyclic"
name = "No cycles"
type = "acyclic_siblings"
ancestors = ["high"]
depth = 3
`,
        'pyproject.toml',
      )!;
      expect(config.session).toEqual({
        rootPackages: ['high', 'medium', 'low'],
        includeExternalPackages: true,
        excludeTypeCheckingImports: false,
      });
      expect(config.contracts.map(c => [c.id, c.type])).toEqual([
        // "You can optionally provide an id key for each contract."
        ['My three-tier layers contract (multiple root packages)', 'layers'],
        ['acyclic', 'acyclic_siblings'],
      ]);
      expect(config.contracts[1]).toMatchObject({
        depth: 3,
        ancestors: ['high'],
      });
    });

    it('gives nothing without [tool.importlinter]', () => {
      expect(
        parseImportLinterConfig(
          '[tool.ruff]\nline-length = 100\n',
          'pyproject.toml',
        ),
      ).toBeUndefined();
    });

    it('names the file, table and key of a bad option', () => {
      expect(
        configError(
          '[tool.importlinter\nroot_package = "x"\n',
          'pyproject.toml',
        ),
      ).toMatchObject({
        file: 'pyproject.toml',
        line: 1,
      });
      expect(
        configError(
          '[tool.importlinter]\nroot_package = "x"\ncontracts = "no"\n',
          'pyproject.toml',
        ),
      ).toMatchObject({ section: 'tool.importlinter', key: 'contracts' });
      const badLayers = configError(
        '[tool.importlinter]\nroot_package = "x"\n[[tool.importlinter.contracts]]\nname = "L"\ntype = "layers"\nlayers = ["a", { b = 1 }]\n',
        'pyproject.toml',
      );
      expect(badLayers.message).toBe(
        'pyproject.toml [tool.importlinter.contracts[0]] layers: expected text, found a table.',
      );
      expect(
        configError(
          '[tool.importlinter]\nroot_package = ["a", "b"]\n',
          'pyproject.toml',
        ).problem,
      ).toBe('expected a single value, got multiple values.');
    });
  });

  describe('findImportLinterConfig', () => {
    // configure.md lists setup.cfg, .importlinter and pyproject.toml; import-linter tries
    // the INI files first, in that order, and a file counts only if it has its section.
    const ini = (root: string) => `[importlinter]\nroot_package = ${root}\n`;
    const toml = (root: string) =>
      `[tool.importlinter]\nroot_package = "${root}"\n`;

    it('prefers setup.cfg, then .importlinter, then pyproject.toml', async () => {
      const all = {
        'setup.cfg': ini('a'),
        '.importlinter': ini('b'),
        'pyproject.toml': toml('c'),
      };
      expect(
        (await findImportLinterConfig(treeOf(all)))?.session.rootPackages,
      ).toEqual(['a']);
      const noSetupSection = {
        ...all,
        'setup.cfg': '[metadata]\nname = svc\n',
      };
      expect((await findImportLinterConfig(treeOf(noSetupSection)))?.path).toBe(
        '.importlinter',
      );
      const tomlOnly = {
        'setup.cfg': '[metadata]\nname = svc\n',
        'pyproject.toml': toml('c'),
      };
      expect((await findImportLinterConfig(treeOf(tomlOnly)))?.path).toBe(
        'pyproject.toml',
      );
    });

    it('looks in a folder of the tree, and gives nothing when there is no configuration', async () => {
      const tree = treeOf({
        'services/api/.importlinter': ini('api'),
        'pyproject.toml': '[project]\n',
      });
      expect((await findImportLinterConfig(tree, 'services/api'))?.path).toBe(
        'services/api/.importlinter',
      );
      expect(await findImportLinterConfig(tree)).toBeUndefined();
    });
  });
});
