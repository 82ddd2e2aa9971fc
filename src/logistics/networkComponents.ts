/** Connected components of the part of the network a profile may use (closures respected). */
import type { LogisticsGraph } from './LogisticsGraph.ts';
import { edgeCost, type SearchCosts } from './searchGraph.ts';

/** Component label per node, and the label of the largest component (by node count touched by usable edges). */
export interface Components {
  label: Int32Array;
  count: number;
  largest: number;
}

/** Labels the components of the usable network (union-find over usable edges, ignoring direction). */
export function networkComponents(graph: LogisticsGraph, costs: SearchCosts): Components {
  const n = graph.nodeCount;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const used = new Uint8Array(n);
  for (let e = 0; e < graph.edgeCount; e++) {
    if (edgeCost(graph, e, costs) === Infinity) continue;
    const a = find(graph.edgeFrom[e]);
    const b = find(graph.edgeTo[e]);
    used[graph.edgeFrom[e]] = used[graph.edgeTo[e]] = 1;
    if (a !== b) parent[a] = b;
  }
  const label = new Int32Array(n).fill(-1);
  const sizes = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (!used[i]) continue;
    const r = find(i);
    label[i] = r;
    sizes.set(r, (sizes.get(r) ?? 0) + 1);
  }
  let largest = -1;
  let size = 0;
  for (const [r, s] of sizes) {
    if (s > size) {
      largest = r;
      size = s;
    }
  }
  return { label, count: sizes.size, largest };
}
