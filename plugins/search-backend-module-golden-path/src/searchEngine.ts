import type {
  DatabaseService,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import {
  LunrSearchEngine,
  QueryRequestOptions,
  QueryTranslator,
  SearchEngine,
} from '@backstage/plugin-search-backend-node';
import { PgSearchEngine } from '@backstage/plugin-search-backend-module-pg';
import type { SearchQuery } from '@backstage/plugin-search-common';

/**
 * A search engine that answers a query for a document type without an index
 * (its collator has not run yet, or found nothing, as for TechDocs before any
 * service's docs are built) with no results and a warning in the log. Lunr
 * throws MissingIndexError there, which the search router turns into a 500.
 */
export class EmptyUntilIndexed implements SearchEngine {
  constructor(
    private readonly engine: SearchEngine,
    private readonly logger: LoggerService,
  ) {}

  setTranslator(translator: QueryTranslator) {
    this.engine.setTranslator(translator);
  }

  getIndexer(type: string) {
    return this.engine.getIndexer(type);
  }

  async query(query: SearchQuery, options?: QueryRequestOptions) {
    try {
      return await this.engine.query(query, options);
    } catch (error) {
      if ((error as Error)?.name !== 'MissingIndexError') throw error;
      this.logger.warn(
        `search for ${
          query.types?.join(', ') ?? 'every type'
        } answered no results: ${(error as Error).message}`,
      );
      return { results: [] };
    }
  }
}

/** PostgreSQL's full-text engine on PostgreSQL, Lunr's in memory otherwise. */
export async function portalSearchEngine(deps: {
  database: DatabaseService;
  config: RootConfigService;
  logger: LoggerService;
}): Promise<SearchEngine> {
  const engine = (await PgSearchEngine.supported(deps.database))
    ? await PgSearchEngine.fromConfig(deps.config, deps)
    : new LunrSearchEngine({ logger: deps.logger });
  return new EmptyUntilIndexed(engine, deps.logger);
}
