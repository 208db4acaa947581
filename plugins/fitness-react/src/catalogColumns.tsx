import type { TableColumn } from '@backstage/core-components';
import type { CatalogTableRow } from '@backstage/plugin-catalog';
import {
  FITNESS_LEVEL_LABEL,
  FITNESS_SCORE_ANNOTATION,
  FitnessLevel,
} from '@internal/plugin-fitness-common';
import { LevelBadge } from './LevelBadge';

type Row = CatalogTableRow;

const scoreOf = (row: Row) =>
  row.entity.metadata.annotations?.[FITNESS_SCORE_ANNOTATION];
const levelOf = (row: Row) => row.entity.metadata.labels?.[FITNESS_LEVEL_LABEL];
const LEVEL_RANK: Record<string, number> = {
  none: 0,
  bronze: 1,
  silver: 2,
  gold: 3,
};

/** The catalog table's fitness columns: score (sorted as the zero-padded text it is) and level. */
export const fitnessCatalogColumns: TableColumn<Row>[] = [
  {
    title: 'Fitness',
    field: 'entity.metadata.annotations',
    render: row => {
      const score = scoreOf(row);
      return score === undefined ? '–' : Number(score).toFixed(1);
    },
    customSort: (a, b) => (scoreOf(a) ?? '').localeCompare(scoreOf(b) ?? ''),
    customFilterAndSearch: (term, row) =>
      (scoreOf(row) ?? '').includes(String(term)),
  },
  {
    title: 'Level',
    field: 'entity.metadata.labels',
    render: row => {
      const level = levelOf(row);
      if (level === undefined) return '–';
      return (
        <LevelBadge
          level={level === 'none' ? undefined : (level as FitnessLevel)}
        />
      );
    },
    customSort: (a, b) =>
      (LEVEL_RANK[levelOf(a) ?? ''] ?? -1) -
      (LEVEL_RANK[levelOf(b) ?? ''] ?? -1),
    customFilterAndSearch: (term, row) =>
      (levelOf(row) ?? '').includes(String(term).toLocaleLowerCase('en-US')),
  },
];
