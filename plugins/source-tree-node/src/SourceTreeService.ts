import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  coreServices,
  createServiceFactory,
  createServiceRef,
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotAllowedError, NotModifiedError } from '@backstage/errors';
import {
  ConfinedRoots,
  readLocalSourceTree,
  SourceTree,
  SourceTreeLimits,
} from '@internal/source-tree';
import { LRUCache } from 'lru-cache';
import { entitySourceLocation } from './entitySourceLocation';

/** Reads the files of a catalog entity. */
export interface SourceTreeService {
  /**
   * The entity's files, or those of `folder` below its catalog-info.yaml
   * (e.g. `docs/adr`), within `limits` (by default the reader's).
   */
  forEntity(entity: Entity, options?: ForEntityOptions): Promise<SourceTree>;
  /** Removes every downloaded tree from disk. */
  close(): Promise<void>;
}

export type ForEntityOptions = {
  folder?: string;
  limits?: Partial<SourceTreeLimits>;
  /** Read `folder` from where catalog-info.yaml is, ignoring golden-path/source-subpath. */
  fromRepositoryRoot?: boolean;
};

type Snapshot = { etag: string; dir: string; tree: SourceTree; bytes: number };

/** What a downloaded tree takes on disk, every file counted. */
async function bytesOnDisk(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory()
      ? await bytesOnDisk(path)
      : (await lstat(path)).size;
  }
  return total;
}

/**
 * `file:` locations are read in place, under the catalog's
 * `catalog.fileLocationRoots` only. `url:` locations are fetched with the
 * UrlReader into one temporary folder per service (one per plugin); an
 * unchanged tree (same ETag) is not downloaded again, and one download of a
 * URL serves every caller asking meanwhile. The most recently used
 * `maxSnapshots` trees, and at most `maxSnapshotBytes` of them as they lie
 * on disk, are kept; an evicted tree is removed `removalDelayMs` later, so
 * that a reader still holding it can finish, and everything on `close()`
 * (at shutdown).
 */
export class DefaultSourceTreeService implements SourceTreeService {
  private readonly snapshots: LRUCache<string, Snapshot>;
  private folder?: Promise<string>;
  private readonly removals = new Set<Promise<void>>();
  private readonly delayedRemovals = new Set<NodeJS.Timeout>();
  private readonly downloads = new Map<string, Promise<SourceTree>>();

  private constructor(
    private readonly roots: ConfinedRoots,
    private readonly urlReader: UrlReaderService,
    private readonly logger: LoggerService,
    limits: {
      maxSnapshots: number;
      maxSnapshotBytes: number;
      removalDelayMs: number;
    },
  ) {
    this.snapshots = new LRUCache<string, Snapshot>({
      max: limits.maxSnapshots,
      maxSize: limits.maxSnapshotBytes,
      sizeCalculation: snapshot => 1 + snapshot.bytes,
      dispose: snapshot => {
        if (limits.removalDelayMs === 0) {
          this.remove(snapshot.dir);
          return;
        }
        const timer = setTimeout(() => {
          this.delayedRemovals.delete(timer);
          this.remove(snapshot.dir);
        }, limits.removalDelayMs);
        timer.unref();
        this.delayedRemovals.add(timer);
      },
    });
  }

  static create(options: {
    fileRoots: string[];
    urlReader: UrlReaderService;
    logger: LoggerService;
    maxSnapshots?: number;
    maxSnapshotBytes?: number;
    removalDelayMs?: number;
  }) {
    return new DefaultSourceTreeService(
      new ConfinedRoots(options.fileRoots),
      options.urlReader,
      options.logger,
      {
        maxSnapshots: options.maxSnapshots ?? 100,
        maxSnapshotBytes: options.maxSnapshotBytes ?? 2_000_000_000,
        removalDelayMs: options.removalDelayMs ?? 60_000,
      },
    );
  }

  async close(): Promise<void> {
    for (const timer of this.delayedRemovals) clearTimeout(timer);
    this.delayedRemovals.clear();
    this.snapshots.clear();
    await Promise.all(this.removals);
    const folder = this.folder;
    this.folder = undefined;
    if (folder) {
      await rm(await folder, { recursive: true, force: true });
    }
  }

  async forEntity(entity: Entity, options: ForEntityOptions = {}) {
    const { type, target, inside } = entitySourceLocation(
      entity,
      options.folder,
      options.fromRepositoryRoot,
    );
    if (type === 'file') {
      const dir = join(dirname(resolve(target)), inside);
      if (!this.roots.allows(dir)) {
        throw new NotAllowedError(
          `${dir} is outside the folders the portal may read (${this.roots.describe()})`,
        );
      }
      return readLocalSourceTree(dir, { limits: options.limits });
    }
    return this.fromUrl(
      new URL(inside ? `./${inside}/` : './', target).toString(),
      options.limits,
    );
  }

  private fromUrl(
    url: string,
    limits?: Partial<SourceTreeLimits>,
  ): Promise<SourceTree> {
    const key = `${url} ${JSON.stringify(limits ?? {})}`;
    let download = this.downloads.get(key);
    if (!download) {
      download = this.download(url, limits).finally(() =>
        this.downloads.delete(key),
      );
      this.downloads.set(key, download);
    }
    return download;
  }

  private async download(
    url: string,
    limits?: Partial<SourceTreeLimits>,
  ): Promise<SourceTree> {
    const previous = this.snapshots.get(url);
    let response;
    try {
      response = await this.urlReader.readTree(url, { etag: previous?.etag });
    } catch (error) {
      if (previous && error instanceof NotModifiedError) {
        this.logger.debug(`${url} is unchanged (ETag ${previous.etag})`);
        return previous.tree;
      }
      throw error;
    }
    const targetDir = await mkdtemp(join(await this.tempFolder(), 'tree-'));
    try {
      const dir = await response.dir({ targetDir });
      const tree = await readLocalSourceTree(dir, { limits });
      const bytes = await bytesOnDisk(dir);
      this.snapshots.set(url, { etag: response.etag, dir, tree, bytes });
      await Promise.all(this.removals);
      return tree;
    } catch (error) {
      this.remove(targetDir);
      await Promise.all(this.removals);
      throw error;
    }
  }

  private tempFolder(): Promise<string> {
    this.folder ??= mkdtemp(join(tmpdir(), 'source-tree-'));
    return this.folder;
  }

  // Called from the cache's synchronous dispose; fromUrl awaits the
  // removals, so the disk is within bounds when a read returns.
  private remove(dir: string) {
    const removal = rm(dir, { recursive: true, force: true })
      .catch(error => this.logger.warn(`Could not remove ${dir}: ${error}`))
      .finally(() => this.removals.delete(removal));
    this.removals.add(removal);
  }
}

/** The source-tree reader, one per plugin. */
export const sourceTreeServiceRef = createServiceRef<SourceTreeService>({
  id: 'golden-path.source-tree',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        config: coreServices.rootConfig,
        urlReader: coreServices.urlReader,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
      },
      factory: ({ config, urlReader, logger, lifecycle }) => {
        const trees = DefaultSourceTreeService.create({
          fileRoots:
            config.getOptionalStringArray('catalog.fileLocationRoots') ?? [],
          urlReader,
          logger,
        });
        lifecycle.addShutdownHook(() => trees.close());
        return trees;
      },
    }),
});
