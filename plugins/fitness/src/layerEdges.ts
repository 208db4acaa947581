import {
  SERVICE_LAYERS,
  type FitnessResultView,
} from '@internal/plugin-fitness-common';

export type LayerEdge = { from: string; to: string; count: number };

const layerOf = (module: string) => module.split('.')[1] ?? module;

/**
 * The layers to draw and the imports that break the layer contracts,
 * grouped by pair of layers (the second part of each module's name).
 */
export function layerEdges(results: FitnessResultView[]): {
  layers: readonly string[];
  edges: LayerEdge[];
} {
  const layerResult = results.find(r => r.functionId === 'layer-contracts');
  const edges = new Map<string, LayerEdge>();
  for (const item of layerResult?.evidence ?? []) {
    if (!item.violation) continue;
    const from = layerOf(item.violation.importer);
    const to = layerOf(item.violation.imported);
    const key = `${from}>${to}`;
    const edge = edges.get(key) ?? { from, to, count: 0 };
    edge.count++;
    edges.set(key, edge);
  }
  const named = [...edges.values()].flatMap(e => [e.from, e.to]);
  const layers = named.every(l => SERVICE_LAYERS.includes(l))
    ? SERVICE_LAYERS
    : [...new Set(named)];
  return { layers, edges: [...edges.values()] };
}
