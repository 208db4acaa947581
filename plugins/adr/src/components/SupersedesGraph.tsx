import {
  DependencyGraph,
  DependencyGraphTypes,
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { adrLabel } from '@internal/plugin-adr-common';
import { adrApiRef } from '@internal/plugin-adr-react';
import type { IndexedAdr } from '@internal/plugin-adr-common';

const GRAPH_LIMIT = 200;

const nodeId = (adr: Pick<IndexedAdr, 'entityRef' | 'number' | 'title'>) =>
  `${parseEntityRef(adr.entityRef).name} ${adrLabel(adr.number)}: ${adr.title}`;

/** Which decision replaced which, across the organisation. */
export function SupersedesGraph() {
  const adrApi = useApi(adrApiRef);
  const { value, loading, error } = useAsync(
    () => adrApi.getIndex({}, { limit: GRAPH_LIMIT, offset: 0 }),
    [adrApi],
  );
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  const items = value?.items ?? [];
  const byNumber = new Map(items.map(a => [`${a.entityRef}#${a.number}`, a]));
  const edges: DependencyGraphTypes.DependencyEdge[] = [];
  for (const adr of items) {
    const successor = byNumber.get(`${adr.entityRef}#${adr.supersededBy}`);
    if (adr.supersededBy !== undefined && successor) {
      edges.push({
        from: nodeId(successor),
        to: nodeId(adr),
        label: 'supersedes',
      });
    }
  }
  if (edges.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No decision supersedes another yet"
        description='Mark an ADR "superseded by ADR-NNNN" and it appears here with its successor.'
      />
    );
  }
  const nodes = [...new Set(edges.flatMap(e => [e.from, e.to]))].map(id => ({
    id,
  }));
  return (
    <>
      {(value?.totalItems ?? 0) > GRAPH_LIMIT && (
        <Typography variant="body2" color="text.secondary">
          Showing the supersedes links among the {GRAPH_LIMIT} most recent
          decisions.
        </Typography>
      )}
      <DependencyGraph
        nodes={nodes}
        edges={edges}
        direction={DependencyGraphTypes.Direction.LEFT_RIGHT}
        paddingX={40}
        paddingY={40}
      />
    </>
  );
}
