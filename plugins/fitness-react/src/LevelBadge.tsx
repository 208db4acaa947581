import Chip from '@mui/material/Chip';
import type { FitnessLevel } from '@internal/plugin-fitness-common';

const COLORS: Record<FitnessLevel, string> = {
  gold: '#8a6d00',
  silver: '#5b6770',
  bronze: '#8c4f1f',
};

/** The level reached, or "no level" below bronze. */
export function LevelBadge(props: {
  level?: FitnessLevel;
  size?: 'small' | 'medium';
}) {
  const { level } = props;
  return (
    <Chip
      size={props.size ?? 'small'}
      label={
        level
          ? level[0].toLocaleUpperCase('en-US') + level.slice(1)
          : 'No level'
      }
      variant={level ? 'filled' : 'outlined'}
      sx={
        level
          ? { backgroundColor: COLORS[level], color: '#fff', fontWeight: 600 }
          : undefined
      }
    />
  );
}
