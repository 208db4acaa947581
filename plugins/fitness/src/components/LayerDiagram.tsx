import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import type { FitnessResultView } from '@internal/plugin-fitness-common';
import { layerEdges } from '../layerEdges';

const BOX_W = 220;
const BOX_H = 36;
const GAP = 24;
const LEFT = 16;

/**
 * The layers, highest first (imports may only point down), with each pair
 * of layers whose imports break the contracts drawn as a red arrow.
 */
export function LayerDiagram(props: { results: FitnessResultView[] }) {
  const theme = useTheme();
  const { layers, edges } = layerEdges(props.results);
  const y = (layer: string) => 8 + layers.indexOf(layer) * (BOX_H + GAP);
  const height = 16 + layers.length * (BOX_H + GAP);
  const width = LEFT + BOX_W + 40 + edges.length * 28;
  const description =
    edges.length === 0
      ? `Layers ${layers.join(
          ', ',
        )}, highest first: no import breaks the contracts.`
      : `Layers ${layers.join(', ')}, highest first. Violating imports: ${edges
          .map(e => `${e.from} imports ${e.to} (${e.count})`)
          .join('; ')}.`;
  return (
    <Box>
      <Typography variant="subtitle2">Layers</Typography>
      <svg width={width} height={height} role="img" aria-label={description}>
        <defs>
          <marker
            id="violation-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={theme.palette.error.main} />
          </marker>
        </defs>
        {layers.map(layer => (
          <g key={layer}>
            <rect
              x={LEFT}
              y={y(layer)}
              width={BOX_W}
              height={BOX_H}
              rx={4}
              fill={theme.palette.background.paper}
              stroke={theme.palette.text.secondary}
            />
            <text
              x={LEFT + BOX_W / 2}
              y={y(layer) + BOX_H / 2 + 5}
              textAnchor="middle"
              fill={theme.palette.text.primary}
              fontSize={14}
            >
              {layer}
            </text>
          </g>
        ))}
        {edges.map((edge, i) => {
          const x = LEFT + BOX_W + 20 + i * 28;
          const from = y(edge.from) + BOX_H / 2;
          const to = y(edge.to) + BOX_H / 2;
          return (
            <g key={`${edge.from}-${edge.to}`}>
              <path
                d={`M${LEFT + BOX_W},${from} H${x} V${to} H${LEFT + BOX_W + 2}`}
                fill="none"
                stroke={theme.palette.error.main}
                strokeWidth={2}
                markerEnd="url(#violation-arrow)"
              />
              <text
                x={x + 4}
                y={(from + to) / 2}
                fontSize={12}
                fill={theme.palette.error.main}
              >
                {edge.count}
              </text>
            </g>
          );
        })}
      </svg>
      <Typography
        variant="body2"
        color={edges.length ? 'error' : 'text.secondary'}
      >
        {edges.length === 0
          ? 'No import breaks the layer contracts.'
          : edges.map(e => `${e.from} → ${e.to} (${e.count})`).join(' · ')}
      </Typography>
    </Box>
  );
}
