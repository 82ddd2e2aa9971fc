/** A* and Dijkstra on the CSR graph against a brute-force Floyd–Warshall on small random networks (both metrics, one-way streets, closures). */
import { describe, expect, it } from 'vitest';
import { LogisticsGraph } from '../../../src/logistics/LogisticsGraph.ts';
import { MinHeap } from '../../../src/logistics/MinHeap.ts';
import { edgeCost, pathEdges, searchGraph, type SearchCosts } from '../../../src/logistics/searchGraph.ts';
import { createRandom } from '../../../src/sample/random.ts';
import { randomGrid } from './fixtures.ts';

function floydWarshall(graph: LogisticsGraph, costs: SearchCosts): number[][] {
  const n = graph.nodeCount;
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  for (let e = 0; e < graph.edgeCount; e++) {
    const c = edgeCost(graph, e, costs);
    const [a, b] = [graph.edgeFrom[e], graph.edgeTo[e]];
    d[a][b] = Math.min(d[a][b], c);
    if (graph.segmentOf(e).properties.oneway !== true) d[b][a] = Math.min(d[b][a], c);
  }
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
  return d;
}

describe('MinHeap', () => {
  it('pops keys in ascending order', () => {
    const random = createRandom(3);
    const heap = new MinHeap(2);
    const keys = Array.from({ length: 500 }, () => random.range(0, 1000));
    keys.forEach((k, i) => heap.push(k, i));
    const popped: number[] = [];
    while (heap.size > 0) {
      popped.push(heap.peekKey());
      heap.pop();
    }
    expect(popped).toEqual([...keys].sort((a, b) => a - b));
  });
});

describe('searchGraph', () => {
  it.each([1, 2, 3, 4, 5])('matches Floyd–Warshall on random 6×6 grid %i (time and distance, closures, one-way)', (seed) => {
    const graph = LogisticsGraph.build(randomGrid(6, seed));
    const random = createRandom(seed * 101);
    const blocked = new Uint8Array(graph.edgeCount).map(() => (random.chance(0.1) ? 1 : 0));
    for (const costs of [
      { profile: 'car', metric: 'time' },
      { profile: 'truck', metric: 'distance' },
      { profile: 'car', metric: 'time', blocked },
    ] as SearchCosts[]) {
      const truth = floydWarshall(graph, costs);
      for (let trial = 0; trial < 25; trial++) {
        const s = random.int(0, graph.nodeCount - 1);
        const t = random.int(0, graph.nodeCount - 1);
        const result = searchGraph(graph, { ...costs, sources: [{ node: s, cost: 0 }], targets: [{ node: t, cost: 0 }], targetPoint: graph.node(t) });
        if (truth[s][t] === Infinity) {
          expect(result.goal).toBe(-1);
          continue;
        }
        expect(result.goal).toBe(t);
        expect(result.goalCost).toBeCloseTo(truth[s][t], 6);
        // The path read back is made of usable arcs and adds up to the cost.
        const path = pathEdges(result, t);
        let sum = 0;
        let at = s;
        for (const step of path) {
          expect(step.from).toBe(at);
          const forward = graph.edgeFrom[step.edge] === step.from && graph.edgeTo[step.edge] === step.to;
          if (!forward) expect(graph.segmentOf(step.edge).properties.oneway).not.toBe(true);
          sum += edgeCost(graph, step.edge, costs);
          at = step.to;
        }
        expect(at).toBe(t);
        expect(sum).toBeCloseTo(truth[s][t], 6);
      }
    }
  });

  it('stops at maxCost: nothing beyond it is reached', () => {
    const graph = LogisticsGraph.build(randomGrid(8, 9));
    const result = searchGraph(graph, { profile: 'car', metric: 'distance', sources: [{ node: 0, cost: 0 }], maxCost: 300 });
    const reached = [...result.cost].filter((c) => c < Infinity);
    expect(reached.length).toBeGreaterThan(1);
    expect(Math.max(...reached)).toBeLessThanOrEqual(300);
  });
});
