import { randomBytes } from 'node:crypto';
import {
  mkdir,
  readFile,
  readdir,
  rename,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractedImports } from './extractImports';
import type { ImportCache, TreeImports } from './ImportCache';

const KEY = /^[0-9a-f]{40}$/;

function isExtractedImports(value: unknown): value is ExtractedImports {
  const v = value as ExtractedImports | undefined;
  return Array.isArray(v?.imports) && Array.isArray(v?.problems);
}

function checkKey(key: string) {
  if (!KEY.test(key)) {
    throw new Error(
      `import cache keys are 40 hex digits; got ${JSON.stringify(key)}`,
    );
  }
}

/**
 * An {@link ImportCache} in a directory: one JSON file per source under a
 * folder named by the key's first two hex digits, and whole trees under
 * `trees/` (the newest `maxTrees` are kept). Every write goes to a temporary
 * file that is then renamed, so concurrent scans never read half an entry;
 * an unreadable or corrupt entry is a miss.
 */
export class FileImportCache implements ImportCache {
  private readonly folders = new Set<string>();

  private constructor(
    private readonly dir: string,
    private readonly maxTrees: number,
  ) {}

  static async create(
    dir: string,
    options: { maxTrees?: number } = {},
  ): Promise<FileImportCache> {
    await mkdir(dir, { recursive: true });
    return new FileImportCache(dir, options.maxTrees ?? 64);
  }

  async get(key: string): Promise<ExtractedImports | undefined> {
    const value = KEY.test(key)
      ? await this.read(join(this.dir, key.slice(0, 2), `${key}.json`))
      : undefined;
    return isExtractedImports(value) ? value : undefined;
  }

  async set(key: string, value: ExtractedImports): Promise<void> {
    checkKey(key);
    await this.write(join(this.dir, key.slice(0, 2)), `${key}.json`, value);
  }

  async getTree(key: string): Promise<TreeImports | undefined> {
    const value = KEY.test(key)
      ? await this.read(join(this.dir, 'trees', `${key}.json`))
      : undefined;
    if (
      typeof value !== 'object' ||
      value === null ||
      !Object.values(value).every(isExtractedImports)
    ) {
      return undefined;
    }
    return value as TreeImports;
  }

  async setTree(key: string, value: TreeImports): Promise<void> {
    checkKey(key);
    const folder = join(this.dir, 'trees');
    await this.write(folder, `${key}.json`, value);
    await this.pruneTrees(folder);
  }

  private async read(path: string): Promise<unknown> {
    try {
      return JSON.parse(await readFile(path, 'utf8'));
    } catch {
      return undefined;
    }
  }

  private async write(folder: string, name: string, value: unknown) {
    if (!this.folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.folders.add(folder);
    }
    const target = join(folder, name);
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, JSON.stringify(value));
      await rename(temporary, target);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }

  private async pruneTrees(folder: string) {
    const names = (await readdir(folder)).filter(name =>
      name.endsWith('.json'),
    );
    if (names.length <= this.maxTrees) {
      return;
    }
    const dated = await Promise.all(
      names.map(async name => ({
        name,
        time:
          (await stat(join(folder, name)).catch(() => undefined))?.mtimeMs ?? 0,
      })),
    );
    dated.sort((a, b) => b.time - a.time);
    await Promise.all(
      dated
        .slice(this.maxTrees)
        .map(({ name }) => unlink(join(folder, name)).catch(() => undefined)),
    );
  }
}
