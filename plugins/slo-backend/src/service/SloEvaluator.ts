import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  getCompoundEntityRef,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  ANNOTATION_SLO_NOT_ATTACHED,
  RELATION_SLO_OF,
  SloEvaluation,
  SloStatus,
} from '@internal/plugin-slo-common';
import { SloStore } from '../database/SloStore';
import { evaluateSlo } from '../evaluation/evaluateSlo';
import {
  MisconfiguredSloError,
  NotEvaluatedSloError,
} from '../evaluation/ResolvedSlo';
import { OpensloLookup, resolveSlo } from '../evaluation/resolveSlo';
import { DataSources } from '../prometheus/DataSources';
import { notifyFiringAlerts } from './notifyFiringAlerts';

const CONCURRENCY = 4;

const componentOf = (slo: Entity) =>
  slo.relations?.find(r => r.type === RELATION_SLO_OF)?.targetRef;

/** Evaluates SLO entities against their data sources and stores results. */
export class SloEvaluator {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      dataSources: DataSources;
      store: SloStore;
      logger: LoggerService;
      historyRetentionMs: number;
      notifications?: NotificationService;
    },
  ) {}

  /**
   * One round of the schedule: every SLO in the catalog, each on its own (a
   * failure marks that SLO and the round goes on), then pruning.
   */
  async evaluateAll(): Promise<void> {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    // Only an SLO attached to its component is evaluated: one that is not
    // (yet) may not reach that component's owners.
    const { items } = await this.options.catalog.getEntities(
      {
        filter: {
          kind: 'SLO',
          [`relations.${RELATION_SLO_OF}`]: CATALOG_FILTER_EXISTS,
        },
      },
      { credentials },
    );
    const queue = [...items];
    let failed = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let slo = queue.shift(); slo; slo = queue.shift()) {
          try {
            await this.evaluateEntity(slo, credentials);
          } catch (error) {
            failed += 1;
            this.options.logger.error(
              `Could not finish the evaluation of ${stringifyEntityRef(
                slo,
              )}: ${error}`,
            );
          }
        }
      }),
    );
    await this.options.store.prune({
      keep: items.map(e => stringifyEntityRef(e)),
      before: new Date(Date.now() - this.options.historyRetentionMs),
    });
    this.options.logger.info(
      `Evaluated ${items.length} SLOs${
        failed ? `; ${failed} could not be finished` : ''
      }`,
    );
  }

  /**
   * The SLO `sloRef` as the caller may see it, if it can be evaluated now:
   * in the catalog and attached to its component.
   */
  async attachedSlo(
    sloRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity> {
    const entity = await this.options.catalog.getEntityByRef(sloRef, {
      credentials,
    });
    if (!entity || entity.kind !== 'SLO') {
      throw new NotFoundError(`No SLO ${sloRef} in the catalog`);
    }
    if (!componentOf(entity)) {
      throw new ConflictError(
        `${sloRef} is not attached to a component: ${
          entity.metadata.annotations?.[ANNOTATION_SLO_NOT_ATTACHED] ??
          'the catalog has not processed it yet'
        }`,
      );
    }
    return entity;
  }

  /** Evaluates one SLO (from {@link SloEvaluator.attachedSlo}) now. */
  async evaluateNow(entity: Entity): Promise<SloEvaluation> {
    return this.evaluateEntity(
      entity,
      await this.options.auth.getOwnServiceCredentials(),
    );
  }

  private async evaluateEntity(
    entity: Entity,
    credentials: BackstageCredentials,
  ): Promise<SloEvaluation> {
    const { catalog, store } = this.options;
    const at = new Date();
    const { namespace } = getCompoundEntityRef(entity);
    const lookup = async (kind: string, name: string) =>
      catalog.getEntityByRef({ kind, namespace, name }, { credentials });
    const componentRef = componentOf(entity)!;
    const component = await catalog.getEntityByRef(componentRef, {
      credentials,
    });
    const relation = (type: string) =>
      component?.relations?.find(r => r.type === type)?.targetRef;
    const title = String(
      entity.metadata.title ??
        entity.metadata.displayName ??
        entity.metadata.name,
    );
    const evaluation = await this.evaluateSafely(entity, lookup, at);
    const sloRef = stringifyEntityRef(entity);
    const previous = (await store.latest([sloRef])).get(sloRef);
    const saved = await store.save({
      title,
      componentRef,
      ownerRef: relation(RELATION_OWNED_BY),
      systemRef: relation(RELATION_PART_OF),
      evaluation,
    });
    await notifyFiringAlerts(
      this.options,
      {
        ref: sloRef,
        title,
        ownerRef: relation(RELATION_OWNED_BY),
        component,
      },
      previous,
      evaluation,
    );
    return saved;
  }

  /** The evaluation, or the status that says why there is none: never an exception. */
  private async evaluateSafely(
    entity: Entity,
    lookup: OpensloLookup,
    at: Date,
  ): Promise<SloEvaluation> {
    const failure = (status: SloStatus, message: string): SloEvaluation => ({
      sloRef: stringifyEntityRef(entity),
      evaluatedAt: at.toISOString(),
      windowSeconds: 0,
      budgetingMethod: entity.spec
        ?.budgetingMethod as SloEvaluation['budgetingMethod'],
      status,
      message,
      objectives: [],
    });
    try {
      return await evaluateSlo(
        await resolveSlo(entity, lookup, at),
        this.options.dataSources,
        at,
      );
    } catch (error) {
      if (error instanceof NotEvaluatedSloError) {
        return failure('not-evaluated', error.message);
      }
      if (error instanceof MisconfiguredSloError) {
        return failure('misconfigured', error.message);
      }
      this.options.logger.error(
        `Evaluating ${stringifyEntityRef(entity)} failed: ${error}`,
      );
      return failure('error', `the evaluation failed: ${error}`);
    }
  }
}
