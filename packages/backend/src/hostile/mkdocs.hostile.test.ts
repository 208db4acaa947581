import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import {
  HostileBackend,
  refusal,
  startHostileBackend,
} from '../__testUtils__/hostileBackend';

const catalogInfo = (name: string) =>
  [
    'apiVersion: backstage.io/v1alpha1',
    'kind: Component',
    'metadata:',
    `  name: ${name}`,
    '  annotations:',
    '    backstage.io/techdocs-ref: dir:.',
    'spec: { type: service, lifecycle: production, owner: group:default/platform }',
  ].join('\n');

describe('hostile mkdocs configurations, through the TechDocs build', () => {
  let portal: HostileBackend;
  let count = 0;
  beforeAll(async () => {
    portal = await startHostileBackend();
  }, 120_000);

  /** Registers a docs project and asks TechDocs to build it; the build's events. */
  const build = (files: Record<string, string>, link?: [string, string]) =>
    portal.attack(async () => {
      const name = `docs-${++count}`;
      const repo = portal.repository({
        'catalog-info.yaml': catalogInfo(name),
        'docs/index.md': '# Docs\n',
        ...files,
      });
      if (link) symlinkSync(link[1], join(repo, link[0]));
      await portal.register(repo, `component:default/${name}`);
      const res = await request(portal.server)
        .get(`/api/techdocs/sync/default/component/${name}`)
        .set('Authorization', portal.alice)
        .set('Accept', 'text/event-stream')
        .buffer(true)
        .parse((response, done) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => done(null, text));
        });
      const error = /event: error\ndata: (.*)\n/.exec(res.body as string);
      return {
        status: res.status,
        error: error ? JSON.parse(error[1]) : res.body,
      };
    });

  const attacks: Array<
    [string, Record<string, string>, RegExp, [string, string] | undefined]
  > = [
    [
      'an extension named as a module function, to run a command',
      {
        'mkdocs.yml':
          'site_name: x\nmarkdown_extensions:\n  - "subprocess:getoutput":\n      cmd: touch /tmp/pwned-by-hostile-mkdocs\n',
      },
      /^\{"status":200,"error":"mkdocs\.yml is refused: the markdown_extensions entry \\"subprocess:getoutput\\" is not allowed\./,
      undefined,
    ],
    [
      'snippets that include a host file',
      {
        'mkdocs.yml':
          'site_name: x\nmarkdown_extensions:\n  - pymdownx.snippets:\n      base_path: [/]\n',
      },
      /^\{"status":200,"error":"mkdocs\.yml is refused: the markdown_extensions entry \\"pymdownx\.snippets\\" is not allowed\./,
      undefined,
    ],
    [
      'INHERIT from a file outside the repository',
      { 'mkdocs.yml': 'INHERIT: ../../outside/evil.yml\nsite_name: x\n' },
      /^\{"status":200,"error":"mkdocs\.yml is refused: the setting \\"INHERIT\\" is not allowed/,
      undefined,
    ],
    [
      'a docs_dir outside the repository',
      { 'mkdocs.yml': 'site_name: x\ndocs_dir: ../../outside\n' },
      /^\{"status":200,"error":"mkdocs\.yml is refused: docs_dir \\"\.\.\/\.\.\/outside\\" leaves the repository\./,
      undefined,
    ],
    [
      'a Python tag',
      { 'mkdocs.yml': "site_name: !!python/name:os.system ''\n" },
      /^\{"status":200,"error":"mkdocs\.yml is refused: its YAML is not plain data \(Unresolved tag: tag:yaml\.org,2002:python\/name:os\.system/,
      undefined,
    ],
    [
      'a key hidden behind U+2028',
      { 'mkdocs.yml': 'site_name: x\u2028hooks: [evil.py]\n' },
      /^\{"status":200,"error":"mkdocs\.yml is refused: it contains a carriage return without a line feed, U\+0085, U\+2028 or U\+2029/,
      undefined,
    ],
    [
      'a benign mkdocs.yml beside a hostile mkdocs.yaml',
      {
        'mkdocs.yml': 'site_name: x\n',
        'mkdocs.yaml': 'site_name: x\nhooks: [evil.py]\n',
      },
      /^\{"status":200,"error":"The repository has both mkdocs\.yml and mkdocs\.yaml; keep one\./,
      undefined,
    ],
    [
      'a page that is a link to a host file',
      { 'mkdocs.yml': 'site_name: x\n' },
      /^\{"status":200,"error":"docs\/secret\.md is refused: it is a symlink that leads out of the repository\./,
      ['docs/secret.md', '/etc/hostname'],
    ],
  ];

  it.each(attacks)(
    'refuses %s, and runs nothing',
    async (_, files, message, link) => {
      expect(refusal(await build(files, link))).toMatch(message);
      expect(existsSync('/tmp/pwned-by-hostile-mkdocs')).toBe(false);
    },
    60_000,
  );
});
