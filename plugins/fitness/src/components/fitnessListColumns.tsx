import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type {
  FitnessListItem,
  FitnessSortField,
  TemplateDrift,
} from '@internal/plugin-fitness-common';
import { LevelBadge } from '@internal/plugin-fitness-react';
import type { PagedColumn } from '@internal/portal-react';
import Button from '@mui/material/Button';
import TableSortLabel from '@mui/material/TableSortLabel';
import { TrendArrow } from './TrendArrow';

export const DRIFT_LABEL: Record<TemplateDrift, string> = {
  current: 'up to date',
  behind: 'behind',
  major: 'a major version behind',
  unknown: 'not comparable',
};

export type Sort = { field: FitnessSortField; order: 'asc' | 'desc' };

/** The columns of /fitness: sortable by service, score and level. */
export function fitnessListColumns(options: {
  sort: Sort;
  onSort: (field: FitnessSortField) => void;
  onWaivers?: (item: FitnessListItem) => void;
}): PagedColumn<FitnessListItem>[] {
  const { sort, onSort, onWaivers } = options;
  const sortable = (field: FitnessSortField, label: string) => ({
    id: field,
    sorted: sort.field === field ? sort.order : undefined,
    header: (
      <TableSortLabel
        active={sort.field === field}
        direction={sort.field === field ? sort.order : 'asc'}
        onClick={() => onSort(field)}
      >
        {label}
      </TableSortLabel>
    ),
  });
  const columns: PagedColumn<FitnessListItem>[] = [
    {
      ...sortable('title', 'Service'),
      cell: item => (
        <EntityRefLink entityRef={item.entityRef} title={item.title} />
      ),
    },
    {
      ...sortable('score', 'Score'),
      align: 'right',
      cell: item => (
        <>
          {item.score === undefined ? '–' : item.score.toFixed(1)}{' '}
          <TrendArrow score={item.score} previous={item.previousScore} />
        </>
      ),
    },
    {
      ...sortable('level', 'Level'),
      cell: item => <LevelBadge level={item.level} />,
    },
    {
      id: 'failing',
      header: 'Failing',
      align: 'right',
      cell: item => item.failing,
    },
    {
      id: 'owner',
      header: 'Owner',
      cell: item =>
        item.ownerRef && <EntityRefLink entityRef={item.ownerRef} />,
    },
    {
      id: 'system',
      header: 'System',
      cell: item =>
        item.systemRef && <EntityRefLink entityRef={item.systemRef} />,
    },
    {
      id: 'drift',
      header: 'Golden path',
      cell: item => item.drift && DRIFT_LABEL[item.drift],
    },
  ];
  if (onWaivers) {
    columns.push({
      id: 'waivers',
      header: 'Waivers',
      cell: item => (
        <Button size="small" onClick={() => onWaivers(item)}>
          Waivers
        </Button>
      ),
    });
  }
  return columns;
}
