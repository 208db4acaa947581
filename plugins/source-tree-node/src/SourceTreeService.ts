import { mkdtemp, rm } from 'node:fs/promises';
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
import { entitySourceLocation } from './entitySourceLocation';

/** Reads the files of a catalog entity. */
export interface SourceTreeService {
  /**
   * The entity's files, or those of `folder` below its catalog-info.yaml
   * (e.g. `docs/adr`), within `limits` (by default the reader's).
   */
  forEntity(entity: Entity, options?: ForEntityOptions): Promise<SourceTree>;
}

export type ForEntityOptions = {
  folder?: string;
  limits?: Partial<SourceTreeLimits>;
  /** Read `folder` from where catalog-info.yaml is, ignoring golden-path/source-subpath. */
  fromRepositoryRoot?: boolean;
};

type Snapshot = { etag: string; dir: string; tree: SourceTree };

/**
 * `file:` locations are read in place, under the catalog's
 * `catalog.fileLocationRoots` only. `url:` locations are fetched with the
 * UrlReader; an unchanged tree (same ETag) is not downloaded again.
 */
export class DefaultSourceTreeService implements SourceTreeService {
  private readonly snapshots = new Map<string, Snapshot>();

  private constructor(
    private readonly roots: ConfinedRoots,
    private readonly urlReader: UrlReaderService,
    private readonly logger: LoggerService,
  ) {}

  static create(options: {
    fileRoots: string[];
    urlReader: UrlReaderService;
    logger: LoggerService;
  }) {
    return new DefaultSourceTreeService(
      new ConfinedRoots(options.fileRoots),
      options.urlReader,
      options.logger,
    );
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

  private async fromUrl(
    url: string,
    limits?: Partial<SourceTreeLimits>,
  ): Promise<SourceTree> {
    const previous = this.snapshots.get(url);
    try {
      const response = await this.urlReader.readTree(url, {
        etag: previous?.etag,
      });
      const dir = await response.dir({
        targetDir: await mkdtemp(join(tmpdir(), 'source-tree-')),
      });
      const tree = await readLocalSourceTree(dir, { limits });
      this.snapshots.set(url, { etag: response.etag, dir, tree });
      if (previous) await rm(previous.dir, { recursive: true, force: true });
      return tree;
    } catch (error) {
      if (previous && error instanceof NotModifiedError) {
        this.logger.debug(`${url} is unchanged (ETag ${previous.etag})`);
        return previous.tree;
      }
      throw error;
    }
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
      },
      factory: ({ config, urlReader, logger }) =>
        DefaultSourceTreeService.create({
          fileRoots:
            config.getOptionalStringArray('catalog.fileLocationRoots') ?? [],
          urlReader,
          logger,
        }),
    }),
});
