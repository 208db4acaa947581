import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
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

function project(
  mkdocs: string,
  extra: Record<string, string> = {},
  configName = 'mkdocs.yml',
) {
  const dir = mkdtempSync(join(tmpdir(), 'docs-project-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs/index.md'), '# Hello\n\nA page.\n');
  writeFileSync(join(dir, configName), mkdocs);
  for (const [path, content] of Object.entries(extra)) {
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** What plain mkdocs does with the project: the guard's tests show it refuses a payload that works. */
const plainBuild = (dir: string, configName = 'mkdocs.yml') =>
  spawnSync(
    'mkdocs',
    ['build', '-q', '-f', configName, '-d', mkdtempSync(join(tmpdir(), 's-'))],
    { cwd: dir, encoding: 'utf8' },
  );

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
      /plugins entry "macros"/,
    ],
    [
      'pymdownx.snippets',
      "site_name: svc\nmarkdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['/']\n",
      /markdown_extensions entry "pymdownx.snippets"/,
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

  describe('a repository that runs a command through its Markdown extensions', () => {
    const payload = (dir: string) =>
      `touch ${join(dir, 'MARKER')}`.replace(/'/g, '');

    it.each([
      [
        'a mapping of markdown_extensions',
        (dir: string) =>
          `site_name: svc\nmarkdown_extensions:\n  "subprocess:getoutput":\n    cmd: '${payload(
            dir,
          )}'\n`,
      ],
      [
        'a module:function name in the list',
        (dir: string) =>
          `site_name: svc\nmarkdown_extensions:\n  - "subprocess:getoutput":\n      cmd: '${payload(
            dir,
          )}'\n`,
      ],
      [
        'an alias to a list kept under extra',
        (dir: string) =>
          `site_name: svc\nextra:\n  x: &exts\n    - "subprocess:getoutput":\n        cmd: '${payload(
            dir,
          )}'\nmarkdown_extensions: *exts\n`,
      ],
      [
        'a key hidden in a comment that U+2028 ends, for PyYAML only',
        (dir: string) =>
          `site_name: svc # a comment\u2028markdown_extensions: {"subprocess:getoutput": {cmd: '${payload(
            dir,
          )}'}}\n`,
      ],
    ])(
      'refuses %s, which plain mkdocs runs',
      async (_, mkdocs) => {
        const dir = project('site_name: placeholder\n');
        writeFileSync(join(dir, 'mkdocs.yml'), mkdocs(dir));
        await expect(build(guarded, dir)).rejects.toThrow(
          /mkdocs.yml is refused/,
        );
        expect(existsSync(join(dir, 'MARKER'))).toBe(false);

        plainBuild(dir);
        expect(existsSync(join(dir, 'MARKER'))).toBe(true);
      },
      60_000,
    );

    it.each([
      ['a mapping of plugins', 'plugins:\n  search: {}\n'],
      ['U+0085', 'site_description: a\u0085b\n'],
      [
        'a key hidden in a comment that a lone carriage return ends',
        'site_description: a # c\rmarkdown_extensions: [pymdownx.snippets]\n',
      ],
      ['U+2029', 'site_description: a\u2029b\n'],
      [
        'an option of an allowed extension that names a function',
        'markdown_extensions:\n  - toc:\n      slugify: subprocess.getoutput\n',
      ],
      [
        "an option off the extension's list",
        'markdown_extensions:\n  - pymdownx.highlight:\n      base_path: /etc\n',
      ],
      [
        'custom fences',
        'markdown_extensions:\n  - pymdownx.superfences:\n      custom_fences:\n        - name: x\n          class: x\n          format: os.system\n',
      ],
    ])('refuses %s', async (_, rest) => {
      await expect(
        build(guarded, project(`site_name: svc\n${rest}`)),
      ).rejects.toThrow(/mkdocs.yml is refused/);
    });

    it('builds allowed extensions with their documented options', async () => {
      const dir = project(
        'site_name: svc\nmarkdown_extensions:\n  - toc:\n      permalink: true\n  - pymdownx.highlight:\n      linenums: true\n  - pymdownx.superfences\n  - admonition\n',
      );
      const site = await build(guarded, dir);
      expect(existsSync(join(site, 'index.html'))).toBe(true);
    }, 60_000);
  });

  describe('the file the build uses is the file the guard checks', () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'TOP-SECRET-FROM-THE-HOST\n');
    const snippets = `site_name: svc\nmarkdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['${outside}']\n`;

    it('checks mkdocs.yaml, the file upstream builds, when it is the only one', async () => {
      const dir = project(snippets, {}, 'mkdocs.yaml');
      writeFileSync(
        join(dir, 'docs/index.md'),
        '# Hello\n\n--8<-- "secret.txt"\n',
      );
      await expect(build(guarded, dir)).rejects.toThrow(
        /mkdocs.yaml is refused: the markdown_extensions entry "pymdownx.snippets"/,
      );
    }, 60_000);

    it('refuses a repository with both mkdocs.yml and mkdocs.yaml', async () => {
      const dir = project('site_name: svc\n', { 'mkdocs.yaml': snippets });
      writeFileSync(
        join(dir, 'docs/index.md'),
        '# Hello\n\n--8<-- "secret.txt"\n',
      );
      let site: string | undefined;
      await expect(build(guarded, dir).then(s => (site = s))).rejects.toThrow(
        /both mkdocs.yml and mkdocs.yaml/,
      );
      expect(site).toBeUndefined();

      // Plain mkdocs with the snippets file puts the host's file into the page.
      const plain = mkdtempSync(join(tmpdir(), 'plain-site-'));
      spawnSync('mkdocs', ['build', '-q', '-f', 'mkdocs.yaml', '-d', plain], {
        cwd: dir,
      });
      expect(readFileSync(join(plain, 'index.html'), 'utf8')).toContain(
        'TOP-SECRET-FROM-THE-HOST',
      );
    }, 60_000);
  });
});
