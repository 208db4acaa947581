import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import type { FitnessListItem } from '@internal/plugin-fitness-common';
import type { IndexedAdr } from '@internal/plugin-adr-common';
import {
  RELATION_HAS_SLO,
  SloStatus,
  worstStatus,
} from '@internal/plugin-slo-common';
import { fitnessApiRef } from '@internal/plugin-fitness-react';
import { sloApiRef } from '@internal/plugin-slo-react';
import { adrApiRef } from '@internal/plugin-adr-react';
import { errorMessage } from '@internal/portal-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';

/** Each list is read up to this many rows per group. */
const PAGE = 100;

export type MyService = {
  entityRef: string;
  name: string;
  title?: string;
  /** Absent until the first scan. */
  fitness?: FitnessListItem;
  /** Its SLOs in the catalog, and the worst status of those evaluated. */
  slo?: { status?: SloStatus; count: number };
  newestAdr?: IndexedAdr;
};

export type MyServices = {
  services: MyService[];
  /** A column whose backend did not answer, with its message. */
  problems: string[];
};

/** Later date first; on the same day (or undated), the higher number. */
const isNewer = (a: IndexedAdr, b: IndexedAdr) =>
  (a.date ?? '') > (b.date ?? '') ||
  ((a.date ?? '') === (b.date ?? '') && (a.number ?? 0) > (b.number ?? 0));

async function settled<T>(
  what: string,
  problems: string[],
  calls: Promise<T>[],
): Promise<T[]> {
  const results = await Promise.allSettled(calls);
  const failed = results.find(r => r.status === 'rejected');
  if (failed) problems.push(`${what}: ${errorMessage(failed.reason)}`);
  return results.flatMap(r => (r.status === 'fulfilled' ? [r.value] : []));
}

/** The components the groups own, each with its fitness, SLO status and newest ADR. */
export function useMyServices(groups: string[]) {
  const catalogApi = useApi(catalogApiRef);
  const fitnessApi = useApi(fitnessApiRef);
  const sloApi = useApi(sloApiRef);
  const adrApi = useApi(adrApiRef);
  return useAsyncRetry(async (): Promise<MyServices> => {
    if (groups.length === 0) return { services: [], problems: [] };
    const problems: string[] = [];
    const [{ items: entities }, fitness, slos, adrs] = await Promise.all([
      catalogApi.getEntities({
        filter: { kind: 'component', 'relations.ownedBy': groups },
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'metadata.title',
          'relations',
        ],
        order: { field: 'metadata.name', order: 'asc' },
      }),
      settled(
        'Fitness',
        problems,
        groups.map(owner =>
          fitnessApi.list({
            owner,
            sort: 'title',
            order: 'asc',
            offset: 0,
            limit: PAGE,
          }),
        ),
      ),
      settled(
        'SLOs',
        problems,
        groups.map(owner =>
          sloApi.getBoard({ owner }, { offset: 0, limit: PAGE }),
        ),
      ),
      settled(
        'Decisions',
        problems,
        groups.map(owner =>
          adrApi.getIndex({ owner }, { offset: 0, limit: PAGE }),
        ),
      ),
    ]);
    const fitnessByRef = new Map(
      fitness.flatMap(page => page.items).map(item => [item.entityRef, item]),
    );
    const slosByRef = new Map<string, SloStatus[]>();
    for (const item of slos.flatMap(page => page.items)) {
      slosByRef.set(item.componentRef, [
        ...(slosByRef.get(item.componentRef) ?? []),
        item.status,
      ]);
    }
    const newestAdr = new Map<string, IndexedAdr>();
    for (const adr of adrs.flatMap(page => page.items)) {
      const known = newestAdr.get(adr.entityRef);
      if (!known || isNewer(adr, known)) newestAdr.set(adr.entityRef, adr);
    }
    const services = entities.map(entity => {
      const entityRef = stringifyEntityRef(entity);
      const statuses = slosByRef.get(entityRef);
      const count = (entity.relations ?? []).filter(
        r => r.type === RELATION_HAS_SLO,
      ).length;
      return {
        entityRef,
        name: entity.metadata.name,
        title: entity.metadata.title,
        fitness: fitnessByRef.get(entityRef),
        slo: count
          ? { status: statuses && worstStatus(statuses), count }
          : undefined,
        newestAdr: newestAdr.get(entityRef),
      };
    });
    return { services, problems };
  }, [catalogApi, fitnessApi, sloApi, adrApi, groups.join(',')]);
}
