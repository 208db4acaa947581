import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isInside } from './ConfinedRoots';
import {
  DEFAULT_SOURCE_TREE_LIMITS,
  FileInspection,
  InspectionCache,
  SourceFile,
  SourceTree,
  SourceTreeLimits,
  SourceTreeWarning,
} from './SourceTree';
import { classifyContent, decodeName } from './textContent';

const SKIPPED_FOLDERS = new Set(['.git']);
const READ_BATCH = 256;
const PREFETCH = 128;

function sha256(data: string | Uint8Array) {
  return createHash('sha256').update(data).digest('hex');
}

class LimitReached extends Error {}

/**
 * Reads a local directory into a {@link SourceTree}. Symlinks are followed
 * only while they stay inside the root, each folder is visited once, and
 * binary, non-UTF-8, oversized and badly named files are left out with a
 * warning. Past `maxFiles` or `maxTotalBytes` the walk stops with a warning.
 * `include`, when given, picks the files to read by path: the others are
 * left out without being read and without a warning (a caller that needs
 * only Python sources saves reading the rest).
 */
export async function readLocalSourceTree(
  rootDir: string,
  options: {
    limits?: Partial<SourceTreeLimits>;
    include?: (path: string) => boolean;
    /** What files held at their size and modification time: an unchanged file is not read again. */
    inspections?: InspectionCache;
  } = {},
): Promise<SourceTree> {
  const limits = { ...DEFAULT_SOURCE_TREE_LIMITS, ...options.limits };
  const root = await realpath(rootDir);
  if (!(await stat(root)).isDirectory()) {
    throw new Error(`${rootDir} is not a directory`);
  }

  const files: Array<SourceFile & { realPath: string; hash: string }> = [];
  const warnings: SourceTreeWarning[] = [];
  const visited = new Set<string>([root]);
  let totalBytes = 0;
  const warn = (
    path: string,
    reason: SourceTreeWarning['reason'],
    message: string,
  ) => warnings.push({ path, reason, message });

  async function inspect(
    path: string,
    realPath: string,
  ): Promise<FileInspection> {
    const { size, mtimeMs } = await stat(realPath);
    const known = options.inspections?.get(path, size, mtimeMs);
    if (known) return known;
    const inspected = await inspectContent(path, realPath, size);
    options.inspections?.set(path, size, mtimeMs, inspected);
    return inspected;
  }

  async function inspectContent(
    path: string,
    realPath: string,
    size: number,
  ): Promise<FileInspection> {
    if (size > limits.maxFileBytes) {
      return {
        kind: 'skip',
        reason: 'too-large',
        message: `${path} is ${size} bytes, over the ${limits.maxFileBytes}-byte limit per file; skipped`,
      };
    }
    const bytes = await readFile(realPath);
    const content = classifyContent(bytes);
    if (content.kind !== 'text') {
      return {
        kind: 'skip',
        reason: content.kind,
        message:
          content.kind === 'binary'
            ? `${path} is binary; skipped`
            : `${path} is not valid UTF-8; skipped`,
      };
    }
    return { kind: 'text', size: bytes.length, hash: sha256(bytes) };
  }

  // Files are read a batch at a time, then counted in order, so that the
  // limits cut the tree at the same place on every run.
  async function addFiles(batch: Array<{ path: string; realPath: string }>) {
    const inspected = await Promise.all(
      batch.map(f => inspect(f.path, f.realPath)),
    );
    batch.forEach(({ path, realPath }, i) => {
      const result = inspected[i];
      if (result.kind === 'skip') {
        warn(path, result.reason, result.message);
        return;
      }
      if (files.length >= limits.maxFiles) {
        warn(
          path,
          'file-limit',
          `the tree has more than ${limits.maxFiles} files; the rest were not read`,
        );
        throw new LimitReached();
      }
      if (totalBytes + result.size > limits.maxTotalBytes) {
        warn(
          path,
          'total-size-limit',
          `the tree holds more than ${limits.maxTotalBytes} bytes; the rest were not read`,
        );
        throw new LimitReached();
      }
      totalBytes += result.size;
      files.push({ path, size: result.size, realPath, hash: result.hash });
    });
  }

  // Folders are listed ahead of the walk (up to PREFETCH at a time), and
  // files are gathered in walk order, then read in batches: the walk waits on
  // the disk once per batch rather than once per folder.
  const listings = new Map<string, Promise<Dirent<Buffer>[]>>();
  const list = (dir: string) => {
    let listing = listings.get(dir);
    if (!listing) {
      listing = readdir(dir, { withFileTypes: true, encoding: 'buffer' });
      listing.catch(() => undefined);
      listings.set(dir, listing);
    }
    return listing;
  };
  const candidates: Array<{ path: string; realPath: string }> = [];
  const maxCandidates = limits.maxFiles * 2;

  async function walk(dirReal: string, dirPath: string): Promise<void> {
    const listing = list(dirReal);
    listings.delete(dirReal);
    const entries = (await listing)
      // Real entries before symlinks, so a folder is read under its own name.
      .sort(
        (a, b) =>
          Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) ||
          Buffer.compare(a.name, b.name),
      );
    const folders: Array<{ path: string; realPath: string }> = [];
    for (const entry of entries) {
      const name = decodeName(entry.name);
      if (name === undefined) {
        const shown = `${dirPath ? `${dirPath}/` : ''}${entry.name.toString(
          'latin1',
        )}`;
        warn(
          shown,
          'invalid-name',
          `a name in ${dirPath || '.'} is not valid UTF-8; skipped`,
        );
        continue;
      }
      const path = dirPath ? `${dirPath}/${name}` : name;
      const full = join(dirReal, name);
      let target = full;
      if (entry.isSymbolicLink()) {
        try {
          target = await realpath(full);
        } catch (error) {
          const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
          warn(
            path,
            loop ? 'symlink-loop' : 'unreadable',
            loop
              ? `${path} is a symlink loop; skipped`
              : `${path} points nowhere; skipped`,
          );
          continue;
        }
        if (!isInside(root, target)) {
          warn(
            path,
            'symlink-outside-root',
            `${path} links outside the tree; not followed`,
          );
          continue;
        }
      }
      const info = entry.isSymbolicLink() ? await stat(target) : entry;
      if (info.isDirectory()) {
        if (SKIPPED_FOLDERS.has(name)) continue;
        if (visited.has(target)) {
          warn(
            path,
            'symlink-loop',
            `${path} leads to a folder already read; not followed`,
          );
          continue;
        }
        visited.add(target);
        folders.push({ path, realPath: target });
      } else if (info.isFile() && (options.include?.(path) ?? true)) {
        if (candidates.length >= maxCandidates) {
          warn(
            path,
            'file-limit',
            `the tree has more than ${maxCandidates} files to look at; the rest were not read`,
          );
          throw new LimitReached();
        }
        candidates.push({ path, realPath: target });
      }
    }
    for (const folder of folders) {
      if (listings.size >= PREFETCH) break;
      list(folder.realPath);
    }
    for (const folder of folders) {
      await walk(folder.realPath, folder.path);
    }
  }

  const untilLimit = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof LimitReached)) throw error;
    }
  };
  // Past a limit the walk stops; what it gathered up to there is still read.
  await untilLimit(() => walk(root, ''));
  await untilLimit(async () => {
    for (let i = 0; i < candidates.length; i += READ_BATCH) {
      await addFiles(candidates.slice(i, i + READ_BATCH));
    }
  });

  files.sort((a, b) =>
    Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)),
  );
  const byPath = new Map(files.map(file => [file.path, file]));
  const contentHash = sha256(files.map(f => `${f.path}\0${f.hash}\n`).join(''));

  return {
    files: files.map(({ path, size }) => ({ path, size })),
    warnings,
    contentHash,
    async readText(path: string) {
      const file = byPath.get(path);
      if (!file) {
        throw new Error(`${path} is not a readable text file of this tree`);
      }
      const current = await realpath(file.realPath);
      if (!isInside(root, current) || !(await lstat(current)).isFile()) {
        throw new Error(`${path} no longer lies inside the tree`);
      }
      const content = classifyContent(await readFile(current));
      if (
        content.kind !== 'text' ||
        Buffer.byteLength(content.text) > limits.maxFileBytes
      ) {
        throw new Error(`${path} changed since the tree was read`);
      }
      return content.text;
    },
  };
}
