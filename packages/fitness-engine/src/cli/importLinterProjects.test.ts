import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from './main';

/*
 * Projects laid out as import-linter's documentation describes them
 * (docs/get_started/configure.md: root_package or root_packages in
 * setup.cfg, .importlinter or pyproject.toml; docs/contract_types/layers.md:
 * a lower layer may not import a higher one, directly or indirectly;
 * forbidden.md: a source module may not import a forbidden one), and a uv
 * workspace (docs.astral.sh/uv/concepts/projects/workspaces/: members and
 * exclude are globs of folders that hold a pyproject.toml).
 */

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'fitness-projects-'));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    stdout: text => {
      stdout += text;
    },
    stderr: text => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

const json = async (cwd: string, ...argv: string[]) => {
  const result = await run(cwd, 'check', '.', '--format', 'json', ...argv);
  expect(result.stderr).toBe('');
  return { code: result.code, json: JSON.parse(result.stdout) };
};

// Two top-level packages; shop's low layer imports its high layer.
const twoPackages = {
  'shop/__init__.py': '',
  'shop/high.py': '',
  'shop/low.py': 'import shop.high\n',
  'tools/__init__.py': '',
  'tools/report.py': 'import shop.low\n',
};

const layers = (root: string) =>
  `[tool.importlinter]\nroot_package = "${root}"\n\n[[tool.importlinter.contracts]]\nname = "Shop layers"\ntype = "layers"\nlayers = ["${root}.high", "${root}.low"]\n`;

describe('fitness check reads root packages as import-linter does', () => {
  it('takes root_package from pyproject.toml where there are several top-level packages', async () => {
    const dir = project({
      ...twoPackages,
      'shop/low.py': '',
      'pyproject.toml': layers('shop'),
    });
    const { code, json: report } = await json(dir);
    expect(report.packages).toEqual(['shop']);
    expect(report.contracts).toMatchObject({ kept: 1, broken: 0 });
    expect(code).not.toBe(64);
  });

  it('finds a lower layer importing a higher one as broken, with the line', async () => {
    const dir = project({ ...twoPackages, 'pyproject.toml': layers('shop') });
    const { code, json: report } = await json(dir);
    expect(code).toBe(1);
    expect(report.contracts.checks[0].violations[0].chain).toEqual([
      {
        importer: 'shop.low',
        imported: 'shop.high',
        path: 'shop/low.py',
        lines: [1],
      },
    ]);
  });

  it('lets a higher layer import a lower one', async () => {
    const dir = project({
      ...twoPackages,
      'shop/high.py': 'import shop.low\n',
      'shop/low.py': '',
      'pyproject.toml': layers('shop'),
    });
    const { json: report } = await json(dir);
    expect(report.contracts.checks[0].status).toBe('kept');
  });

  it('checks contracts across several root_packages (setup.cfg)', async () => {
    const dir = project({
      ...twoPackages,
      'setup.cfg':
        '[importlinter]\nroot_packages =\n    shop\n    tools\n\n[importlinter:contract:no-tools]\nname = Shop does not use the tools\ntype = forbidden\nsource_modules = shop\nforbidden_modules = tools\n\n[importlinter:contract:no-shop]\nname = Tools do not use the shop\ntype = forbidden\nsource_modules = tools\nforbidden_modules = shop\n',
    });
    const { code, json: report } = await json(dir);
    expect(report.packages).toEqual(['shop', 'tools']);
    expect(
      report.contracts.checks.map((c: { name: string; status: string }) => [
        c.name,
        c.status,
      ]),
    ).toEqual([
      ['Shop does not use the tools', 'kept'],
      ['Tools do not use the shop', 'broken'],
    ]);
    expect(code).toBe(1);
  });

  it('lets --package override the configured root for the package functions', async () => {
    const dir = project({
      ...twoPackages,
      '.importlinter': '[importlinter]\nroot_package = shop\n',
    });
    const { json: report } = await json(dir, '--package', 'tools');
    expect(report.packages).toEqual(['tools']);
  });

  it('still asks for --package when nothing names a root package among several', async () => {
    const dir = project(twoPackages);
    const { code, stderr } = await run(dir, 'check', '.');
    expect(code).toBe(64);
    expect(stderr).toContain('several top-level packages (shop, tools)');
  });
});

describe('fitness check at a uv workspace root', () => {
  const member = (name: string, broken: boolean) => ({
    [`packages/${name}/pyproject.toml`]: `[project]\nname = "${name}"\nversion = "1.0"\n\n${layers(
      name,
    )}`,
    [`packages/${name}/src/${name}/__init__.py`]: '',
    [`packages/${name}/src/${name}/high.py`]: '',
    [`packages/${name}/src/${name}/low.py`]: broken
      ? `import ${name}.high\n`
      : '',
  });

  it('checks each member on its own and reports per member', async () => {
    const dir = project({
      'pyproject.toml':
        '[tool.uv.workspace]\nmembers = ["packages/*"]\nexclude = ["packages/legacy"]\n',
      ...member('billing', true),
      ...member('catalog', false),
      ...member('legacy', true),
      'packages/docs/pyproject.toml': '[project]\nname = "docs"\n',
      'packages/docs/README.md': 'no Python here\n',
    });
    const { code, json: workspace } = await json(dir);
    expect(code).toBe(1);
    expect(workspace.workspace).toBe('.');
    expect(
      workspace.members.map((m: any) => [
        m.dir,
        m.packages,
        m.contracts.broken,
      ]),
    ).toEqual([
      ['packages/billing', ['billing'], 1],
      ['packages/catalog', ['catalog'], 0],
    ]);
    expect(workspace.failures).toEqual([
      {
        dir: 'packages/docs',
        error: expect.stringContaining('no top-level Python package found'),
      },
    ]);

    const text = await run(dir, 'check', '.');
    expect(text.stdout).toContain('== packages/billing ==');
    expect(text.stdout).toContain('== packages/catalog ==');
  });
});

describe('fitness check never passes a contract over a file it could not read', () => {
  const violation = Buffer.concat([
    Buffer.from('import shop.high\n# '),
    Buffer.from([0]),
    Buffer.from('\n'),
  ]);

  it('makes the contract "could not be checked" and lists the file with its reason', async () => {
    const dir = project({
      'pyproject.toml': layers('shop'),
      'shop/__init__.py': '',
      'shop/high.py': '',
      'shop/low.py': violation,
    });
    const { code, json: report } = await json(dir);
    expect(code).toBe(1);
    expect(report.contracts).toMatchObject({ kept: 0, broken: 0, errors: 1 });
    expect(report.contracts.checks[0].error).toContain(
      'shop/low.py (shop.low: binary)',
    );
    expect(report.skipped).toEqual([
      {
        path: 'shop/low.py',
        reason: 'binary',
        message: 'shop/low.py is binary; skipped',
      },
    ]);
    const layerContracts = report.functions.find(
      (f: { id: string }) => f.id === 'layer-contracts',
    );
    expect(layerContracts.status).toBe('error');

    const text = await run(dir, 'check', '.');
    expect(text.stdout).toContain('not read: shop/low.py is binary; skipped');
    expect(text.stdout).not.toMatch(/Shop layers KEPT/);

    const sarif = JSON.parse(
      (await run(dir, 'check', '.', '--format', 'sarif')).stdout,
    );
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: { text: 'shop/low.py is binary; skipped' },
        descriptor: { id: 'binary' },
        locations: [
          { physicalLocation: { artifactLocation: { uri: 'shop/low.py' } } },
        ],
      },
    ]);
  });

  it('treats a file with a syntax error in scope the same way', async () => {
    const dir = project({
      'pyproject.toml': layers('shop'),
      'shop/__init__.py': '',
      'shop/high.py': '',
      'shop/low.py': 'def broken(:\n    pass\n',
    });
    const { json: report } = await json(dir);
    expect(report.contracts.checks[0]).toMatchObject({
      status: 'error',
      error: expect.stringContaining('shop/low.py (shop.low: syntax-error)'),
    });
  });

  it('keeps a contract broken by the imports it could see', async () => {
    const dir = project({
      'pyproject.toml': layers('shop'),
      'shop/__init__.py': '',
      'shop/high.py': '',
      'shop/low.py': 'import shop.high\ndef broken(:\n    pass\n',
    });
    const { json: report } = await json(dir);
    expect(report.contracts.checks[0].status).toBe('broken');
  });

  it('keeps a contract whose scope holds no unreadable file', async () => {
    const dir = project({
      'pyproject.toml': layers('shop'),
      'shop/__init__.py': '',
      'shop/high.py': '',
      'shop/low.py': '',
      'scripts/__init__.py': '',
      'scripts/seed.py': violation,
    });
    const { json: report } = await json(dir, '--package', 'shop');
    expect(report.contracts.checks[0].status).toBe('kept');
    expect(report.skipped.map((f: { path: string }) => f.path)).toEqual([
      'scripts/seed.py',
    ]);
  });
});
