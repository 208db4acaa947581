import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '@backstage/errors';
import { ConfinedRoots, readLocalSourceTree } from '@internal/source-tree';
import { isMap, isScalar, isSeq, parseDocument, YAMLMap } from 'yaml';

const TOP_LEVEL_KEYS = new Set([
  'site_name',
  'site_description',
  'site_author',
  'site_url',
  'copyright',
  'repo_url',
  'repo_name',
  'edit_uri',
  'docs_dir',
  'nav',
  'theme',
  'plugins',
  'markdown_extensions',
  'extra',
  'extra_css',
  'use_directory_urls',
  'strict',
  'validation',
  'not_in_nav',
]);
const THEME_KEYS = new Set([
  'name',
  'palette',
  'features',
  'font',
  'icon',
  'logo',
  'favicon',
  'language',
]);
const THEMES = new Set(['material', 'mkdocs', 'readthedocs']);
const PLUGINS = new Set(['search', 'techdocs-core']);
// Markdown extensions that only change how Markdown renders. Notably absent:
// pymdownx.snippets and markdown-include, which read arbitrary files.
const EXTENSIONS = new Set([
  'abbr',
  'admonition',
  'attr_list',
  'codehilite',
  'def_list',
  'fenced_code',
  'footnotes',
  'md_in_html',
  'meta',
  'sane_lists',
  'smarty',
  'tables',
  'toc',
  'pymdownx.arithmatex',
  'pymdownx.betterem',
  'pymdownx.caret',
  'pymdownx.critic',
  'pymdownx.details',
  'pymdownx.highlight',
  'pymdownx.inlinehilite',
  'pymdownx.keys',
  'pymdownx.mark',
  'pymdownx.smartsymbols',
  'pymdownx.superfences',
  'pymdownx.tabbed',
  'pymdownx.tasklist',
  'pymdownx.tilde',
]);

const refuse = (file: string, why: string) => {
  throw new InputError(
    `${file} is refused: ${why}. See docs/security.md ("Docs from repositories").`,
  );
};

// A list entry of `plugins` or `markdown_extensions`: a name, or a
// one-key mapping of name to options.
function entryNames(node: unknown): string[] {
  if (!isSeq(node)) return [];
  return node.items.map(item =>
    isMap(item)
      ? String((item.items[0]?.key as { value?: unknown })?.value)
      : String(isScalar(item) ? item.value : item),
  );
}

/**
 * Refuses a docs project whose mkdocs configuration could run code or read
 * outside the repository: Python YAML tags, hooks, plugins and extensions off
 * the allowlist, a docs_dir or site_dir that leaves it, or symlinks out of it.
 */
export async function checkMkdocsProject(inputDir: string): Promise<void> {
  const candidates = ['mkdocs.yml', 'mkdocs.yaml'];
  let file: string | undefined;
  for (const name of candidates) {
    try {
      await access(join(inputDir, name));
      file = name;
      break;
    } catch {
      // try the next name
    }
  }
  if (!file) {
    throw new InputError(
      `No mkdocs.yml in ${inputDir}; add one beside catalog-info.yaml.`,
    );
  }
  const tree = await readLocalSourceTree(inputDir);
  const escaping = tree.warnings.find(w => w.reason === 'symlink-outside-root');
  if (escaping)
    refuse(escaping.path, 'it is a symlink that leads out of the repository');
  if (!tree.files.some(f => f.path === file))
    refuse(file, 'it is not a readable text file');

  const doc = parseDocument(await tree.readText(file), { schema: 'core' });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    refuse(
      file,
      `its YAML is not plain data (${
        problem.message.split('\n')[0]
      }); tags such as !!python/name are not allowed`,
    );
  }
  const config = doc.contents;
  if (!isMap(config)) refuse(file, 'it is not a mapping');
  const map = config as YAMLMap;
  for (const pair of map.items) {
    const key = String((pair.key as { value?: unknown })?.value);
    if (!TOP_LEVEL_KEYS.has(key))
      refuse(
        file,
        `the setting "${key}" is not allowed (hooks, extra_javascript, site_dir and custom directories run or place files outside the portal's control)`,
      );
  }
  const docsDir = map.get('docs_dir');
  if (
    docsDir !== undefined &&
    !new ConfinedRoots([inputDir]).allows(resolve(inputDir, String(docsDir)))
  ) {
    refuse(file, `docs_dir "${docsDir}" leaves the repository`);
  }
  const theme = map.get('theme');
  if (theme !== undefined) {
    const name = isMap(theme) ? String(theme.get('name')) : String(theme);
    if (!THEMES.has(name))
      refuse(
        file,
        `the theme "${name}" is not one of ${[...THEMES].join(', ')}`,
      );
    if (isMap(theme)) {
      for (const pair of theme.items) {
        const key = String((pair.key as { value?: unknown })?.value);
        if (!THEME_KEYS.has(key))
          refuse(file, `the theme option "${key}" is not allowed`);
      }
    }
  }
  for (const plugin of entryNames(map.get('plugins'))) {
    if (!PLUGINS.has(plugin))
      refuse(file, `the plugin "${plugin}" is not allowed`);
  }
  for (const extension of entryNames(map.get('markdown_extensions'))) {
    if (!EXTENSIONS.has(extension))
      refuse(file, `the Markdown extension "${extension}" is not allowed`);
  }
}
