import { useApi } from '@backstage/frontend-plugin-api';
import type { FitnessListItem } from '@internal/plugin-fitness-common';
import type { IndexedAdr } from '@internal/plugin-adr-common';
import type { SloBoardItem } from '@internal/plugin-slo-common';
import { fitnessApiRef } from '@internal/plugin-fitness-react';
import { sloApiRef } from '@internal/plugin-slo-react';
import { adrApiRef } from '@internal/plugin-adr-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';

const PAGE = 50;

/** Who sees what: their groups' services, or the whole organisation. */
export type AttentionScope = {
  groups: string[];
  /** Sees every fitness drop and every proposed decision. */
  architect: boolean;
  /** Sees every burning SLO. */
  onCall: boolean;
};

export type Attention = {
  drops: FitnessListItem[];
  burning: SloBoardItem[];
  proposed: IndexedAdr[];
};

/** Per owner group, or once for the organisation (`undefined`). */
const owners = (groups: string[], organisation: boolean) =>
  organisation ? [undefined] : groups;

const byRef = <T>(items: T[], key: (item: T) => string) => [
  ...new Map(items.map(item => [key(item), item])).values(),
];

/** Fitness drops, burning SLOs and proposed decisions the user should look at. */
export function useNeedsAttention(scope: AttentionScope) {
  const fitnessApi = useApi(fitnessApiRef);
  const sloApi = useApi(sloApiRef);
  const adrApi = useApi(adrApiRef);
  return useAsyncRetry(async (): Promise<Attention> => {
    const [drops, burning, proposed] = await Promise.all([
      Promise.all(
        owners(scope.groups, scope.architect).map(owner =>
          fitnessApi.list({
            owner,
            dropped: true,
            sort: 'score',
            order: 'asc',
            offset: 0,
            limit: PAGE,
          }),
        ),
      ),
      Promise.all(
        owners(scope.groups, scope.onCall).map(owner =>
          sloApi.getBoard(
            { owner, status: ['burning', 'exhausted'] },
            { offset: 0, limit: PAGE },
          ),
        ),
      ),
      Promise.all(
        owners(scope.groups, scope.architect).map(owner =>
          adrApi.getIndex(
            { owner, status: 'proposed' },
            { offset: 0, limit: PAGE },
          ),
        ),
      ),
    ]);
    return {
      drops: byRef(
        drops.flatMap(page => page.items),
        item => item.entityRef,
      ),
      burning: byRef(
        burning.flatMap(page => page.items),
        item => item.sloRef,
      ),
      proposed: byRef(
        proposed.flatMap(page => page.items),
        item => `${item.entityRef}/${item.file}`,
      ),
    };
  }, [
    fitnessApi,
    sloApi,
    adrApi,
    scope.groups.join(','),
    scope.architect,
    scope.onCall,
  ]);
}
