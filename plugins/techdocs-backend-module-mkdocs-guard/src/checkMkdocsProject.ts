import { access } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { InputError } from '@backstage/errors';
import { getMkdocsYml } from '@backstage/plugin-techdocs-node';
import { ConfinedRoots, readLocalSourceTree } from '@internal/source-tree';
import { parseDocument } from 'yaml';
import {
  EXTENSIONS,
  PLUGINS,
  THEME_KEYS,
  THEMES,
  TOP_LEVEL_KEYS,
} from './mkdocsAllowlist';

type Refuse = (why: string) => never;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Line breaks that PyYAML (mkdocs) and js-yaml (upstream's sanitizer, which
 * writes the file mkdocs reads) see and this check's YAML 1.2 reader does
 * not: a comment it reads to the end of the line ends there for them.
 */
const UNSEEN_LINE_BREAKS = /[\u0085\u2028\u2029]|\r(?!\n)/;

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Checks a `plugins` or `markdown_extensions` setting: a list whose entries
 * are a name, or a one-key mapping of a name to its options. mkdocs also
 * takes a mapping of names, which is refused, as is any name with a `:`
 * (Python-Markdown imports `module:function` and calls it).
 */
function checkEntries(
  setting: string,
  value: unknown,
  allowed: Record<string, readonly string[]>,
  refuse: Refuse,
) {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) {
    refuse(`"${setting}" is not a list (write it as "- name" entries)`);
  }
  for (const entry of value) {
    let name: string;
    let options: unknown = undefined;
    if (typeof entry === 'string') {
      name = entry;
    } else if (isRecord(entry) && Object.keys(entry).length === 1) {
      [[name, options]] = Object.entries(entry);
    } else {
      refuse(
        `an entry of "${setting}" is neither a name nor a one-key mapping of a name to its options`,
      );
    }
    if (name.includes(':') || !Object.hasOwn(allowed, name)) {
      refuse(`the ${setting} entry "${name}" is not allowed`);
    }
    if (options === undefined || options === null) continue;
    if (!isRecord(options)) {
      refuse(`the options of "${name}" are not a mapping`);
    }
    for (const option of Object.keys(options)) {
      if (!allowed[name].includes(option)) {
        refuse(
          `the option "${option}" of "${name}" is not allowed (${
            allowed[name].length
              ? `allowed: ${allowed[name].join(', ')}`
              : 'it takes none here'
          })`,
        );
      }
    }
  }
}

function checkTheme(theme: unknown, refuse: Refuse) {
  if (theme === undefined) return;
  const name = isRecord(theme) ? theme.name : theme;
  if (typeof name !== 'string' || !THEMES.has(name)) {
    refuse(
      `the theme "${String(name)}" is not one of ${[...THEMES].join(', ')}`,
    );
  }
  if (isRecord(theme)) {
    for (const key of Object.keys(theme)) {
      if (!THEME_KEYS.has(key))
        refuse(`the theme option "${key}" is not allowed`);
    }
  }
}

/**
 * The configuration file TechDocs builds, chosen as upstream chooses it
 * (getMkdocsYml: mkdocs.yaml before mkdocs.yml). A repository with both is
 * refused: which one counts would depend on who reads it.
 */
async function chooseConfigFile(
  inputDir: string,
  siteOptions?: { name?: string },
): Promise<string> {
  const both = await Promise.all(
    ['mkdocs.yml', 'mkdocs.yaml'].map(name => exists(join(inputDir, name))),
  );
  if (both.every(Boolean)) {
    throw new InputError(
      'The repository has both mkdocs.yml and mkdocs.yaml; keep one. See docs/security.md ("Docs from repositories").',
    );
  }
  if (!both.some(Boolean)) {
    throw new InputError(
      `No mkdocs.yml in ${inputDir}; add one beside catalog-info.yaml.`,
    );
  }
  return basename((await getMkdocsYml(inputDir, siteOptions)).path);
}

/**
 * Refuses a docs project whose mkdocs configuration could run code or read
 * outside the repository: Python YAML tags, hooks, plugins, extensions and
 * options off the allowlist, a docs_dir that leaves it, text that PyYAML and
 * this check would read differently, or symlinks out of it.
 */
export async function checkMkdocsProject(
  inputDir: string,
  siteOptions?: { name?: string },
): Promise<void> {
  const file = await chooseConfigFile(inputDir, siteOptions);
  const refuse: Refuse = why => {
    throw new InputError(
      `${file} is refused: ${why}. See docs/security.md ("Docs from repositories").`,
    );
  };
  const tree = await readLocalSourceTree(inputDir);
  const escaping = tree.warnings.find(w => w.reason === 'symlink-outside-root');
  if (escaping) {
    throw new InputError(
      `${escaping.path} is refused: it is a symlink that leads out of the repository. See docs/security.md ("Docs from repositories").`,
    );
  }
  if (!tree.files.some(f => f.path === file)) {
    refuse('it is not a readable text file');
  }
  const text = await tree.readText(file);
  if (UNSEEN_LINE_BREAKS.test(text)) {
    refuse(
      'it contains a carriage return without a line feed, U+0085, U+2028 or U+2029, which mkdocs reads as line breaks (and this check would not)',
    );
  }
  const doc = parseDocument(text, { schema: 'core' });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    refuse(
      `its YAML is not plain data (${
        problem.message.split('\n')[0]
      }); tags such as !!python/name are not allowed`,
    );
  }
  let config: unknown;
  try {
    config = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    refuse(`its YAML cannot be read as data (${(error as Error).message})`);
  }
  if (!isRecord(config)) refuse('it is not a mapping');
  for (const key of Object.keys(config)) {
    if (!TOP_LEVEL_KEYS.has(key))
      refuse(
        `the setting "${key}" is not allowed (hooks, extra_javascript, site_dir and custom directories run or place files outside the portal's control)`,
      );
  }
  const docsDir = config.docs_dir;
  if (
    docsDir !== undefined &&
    (typeof docsDir !== 'string' ||
      !new ConfinedRoots([inputDir]).allows(resolve(inputDir, docsDir)))
  ) {
    refuse(`docs_dir "${String(docsDir)}" leaves the repository`);
  }
  checkTheme(config.theme, refuse);
  checkEntries('plugins', config.plugins, PLUGINS, refuse);
  checkEntries(
    'markdown_extensions',
    config.markdown_extensions,
    EXTENSIONS,
    refuse,
  );
}
