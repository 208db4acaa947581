import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import * as winston from 'winston';
import { GuardedTechdocsGenerator } from './GuardedTechdocsGenerator';

const config = new ConfigReader({
  techdocs: {
    generator: {
      runIn: 'local',
      mkdocs: { omitTechdocsCorePlugin: true, disableExternalFonts: true },
    },
  },
});
const options = {
  config,
  logger: mockServices.logger.mock(),
  scmIntegrations: ScmIntegrations.fromConfig(config),
};
const quiet = winston.createLogger({
  transports: [new winston.transports.Console({ silent: true })],
});

function project(mkdocs: string, extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'docs-project-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs/index.md'), '# Hello\n\nA page.\n');
  writeFileSync(join(dir, 'mkdocs.yml'), mkdocs);
  for (const [path, content] of Object.entries(extra)) {
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const build = (generator: GuardedTechdocsGenerator, inputDir: string) => {
  const outputDir = mkdtempSync(join(tmpdir(), 'docs-site-'));
  return generator
    .run({ inputDir, outputDir, logger: quiet, siteOptions: { name: 'x' } })
    .then(() => outputDir);
};

describe('GuardedTechdocsGenerator', () => {
  const guarded = new GuardedTechdocsGenerator(options);

  it('builds an allowed project with mkdocs and the material theme', async () => {
    const dir = project(
      'site_name: svc\ntheme:\n  name: material\nmarkdown_extensions:\n  - admonition\n  - pymdownx.superfences\n',
    );
    const site = await build(guarded, dir);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
  }, 60_000);

  it('never runs a hook: the marker it would write does not appear', async () => {
    const hook =
      "import pathlib\npathlib.Path(__file__).with_name('MARKER').write_text('ran')\n";
    const dir = project('site_name: svc\nhooks:\n  - hooks.py\n', {
      'hooks.py': hook,
    });
    await expect(build(guarded, dir)).rejects.toThrow(/"hooks" is not allowed/);
    expect(existsSync(join(dir, 'MARKER'))).toBe(false);

    // Plain mkdocs does run the hook, so the marker check above can fail.
    const site = mkdtempSync(join(tmpdir(), 'docs-site-'));
    expect(
      spawnSync('mkdocs', ['build', '-q', '-d', site], { cwd: dir }).status,
    ).toBe(0);
    expect(existsSync(join(dir, 'MARKER'))).toBe(true);
  }, 60_000);

  it.each([
    [
      'a Python YAML tag',
      'site_name: !!python/name:os.system svc\n',
      /not plain data/,
    ],
    [
      'a docs_dir that leaves the repository',
      'site_name: svc\ndocs_dir: ../../etc\n',
      /docs_dir "..\/..\/etc" leaves the repository/,
    ],
    [
      'site_dir',
      'site_name: svc\nsite_dir: /tmp/elsewhere\n',
      /"site_dir" is not allowed/,
    ],
    [
      'extra_javascript',
      'site_name: svc\nextra_javascript: [evil.js]\n',
      /"extra_javascript" is not allowed/,
    ],
    [
      'a plugin off the allowlist',
      'site_name: svc\nplugins:\n  - search\n  - macros\n',
      /plugin "macros"/,
    ],
    [
      'pymdownx.snippets',
      "site_name: svc\nmarkdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['/']\n",
      /extension "pymdownx.snippets"/,
    ],
    [
      'a theme custom_dir',
      'site_name: svc\ntheme:\n  name: material\n  custom_dir: overrides\n',
      /theme option "custom_dir"/,
    ],
    [
      'a theme off the allowlist',
      'site_name: svc\ntheme: evil\n',
      /theme "evil"/,
    ],
  ])('refuses %s with a clear error', async (_, mkdocs, message) => {
    await expect(build(guarded, project(mkdocs))).rejects.toThrow(message);
  });

  it('refuses a symlink out of the repository', async () => {
    const dir = project('site_name: svc\n');
    symlinkSync('/etc', join(dir, 'docs/etc'));
    await expect(build(guarded, dir)).rejects.toThrow(
      /docs\/etc is refused: it is a symlink/,
    );
  });

  it('says what to add when there is no mkdocs.yml', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-empty-'));
    await expect(build(guarded, dir)).rejects.toThrow(/No mkdocs.yml/);
  });
});
