import type { FileInspection, InspectionCache } from '@internal/source-tree';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const VERSION = 1;

/**
 * The CLI's record of what each file of one directory held at its size and
 * modification time, kept in `--cache-dir` so that a rescan of an unchanged
 * tree reads no file twice. A missing or corrupt record is an empty one.
 */
export class FileInspectionCache implements InspectionCache {
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly entries: Map<string, FileInspection>,
  ) {}

  /** The record of `rootDir` (an absolute path) in `cacheDir`. */
  static async load(
    cacheDir: string,
    rootDir: string,
  ): Promise<FileInspectionCache> {
    const name = createHash('sha1').update(rootDir).digest('hex');
    const file = join(cacheDir, `inspections-${name}.json`);
    let entries = new Map<string, FileInspection>();
    try {
      const stored = JSON.parse(await readFile(file, 'utf8'));
      if (stored?.version === VERSION && Array.isArray(stored.entries)) {
        entries = new Map(stored.entries);
      }
    } catch {
      // No record yet, or an unreadable one: start afresh.
    }
    return new FileInspectionCache(file, entries);
  }

  get(path: string, size: number, mtimeMs: number) {
    return this.entries.get(`${path}\0${size}\0${mtimeMs}`);
  }

  set(path: string, size: number, mtimeMs: number, inspection: FileInspection) {
    this.entries.set(`${path}\0${size}\0${mtimeMs}`, inspection);
    this.changed = true;
  }

  /** Writes the record when it changed; keeps only the entries of `paths` (the files seen this time). */
  async save(keep: (key: string) => boolean = () => true): Promise<void> {
    if (!this.changed) return;
    const entries = [...this.entries].filter(([key]) =>
      keep(key.slice(0, key.indexOf('\0'))),
    );
    const temporary = `${this.file}.${randomBytes(6).toString('hex')}`;
    await writeFile(temporary, JSON.stringify({ version: VERSION, entries }));
    await rename(temporary, this.file);
  }
}
