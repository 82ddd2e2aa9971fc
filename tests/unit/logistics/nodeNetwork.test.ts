/** Noding: shared vertices, crossings and T-junctions become nodes; lines of different modes cross without a node. */
import { describe, expect, it } from 'vitest';
import { lineLengthM, type LonLat } from '../../../src/logistics/geodesy.ts';
import { nodeNetwork, type NetworkLine } from '../../../src/logistics/nodeNetwork.ts';

const line = (id: string, coordinates: LonLat[], mode = 'road'): NetworkLine => ({ id, coordinates, mode });
const totalLength = (edges: { lengthM: number }[]) => edges.reduce((s, e) => s + e.lengthM, 0);

describe('nodeNetwork', () => {
  it('splits two crossing lines at their crossing into four edges around one shared node', () => {
    const a = line('a', [[107.58, 16.46], [107.59, 16.47]]);
    const b = line('b', [[107.58, 16.47], [107.59, 16.46]]);
    const { nodes, edges } = nodeNetwork([a, b]);
    expect(edges).toHaveLength(4);
    expect(nodes).toHaveLength(5);
    const degree = new Map<number, number>();
    for (const e of edges) for (const n of [e.from, e.to]) degree.set(n, (degree.get(n) ?? 0) + 1);
    const centre = [...degree].find(([, d]) => d === 4)![0];
    expect(nodes[centre][0]).toBeCloseTo(107.585, 9);
    expect(nodes[centre][1]).toBeCloseTo(16.465, 9);
    expect(totalLength(edges)).toBeCloseTo(lineLengthM(a.coordinates) + lineLengthM(b.coordinates), 3);
  });

  it('joins a line that ends on the interior of another (T-junction) and one that shares a vertex', () => {
    const main = line('main', [[107.58, 16.46], [107.6, 16.46], [107.62, 16.46]]);
    const tee = line('tee', [[107.59, 16.47], [107.59, 16.46]]);
    const atVertex = line('at-vertex', [[107.6, 16.45], [107.6, 16.46]]);
    const { edges } = nodeNetwork([main, tee, atVertex]);
    const mainEdges = edges.filter((e) => e.line === 0);
    expect(mainEdges).toHaveLength(3);
    expect(mainEdges.map((e) => e.coordinates[0][0])).toEqual([107.58, 107.59, 107.6]);
    const teeEdge = edges.find((e) => e.line === 1)!;
    expect(teeEdge.to).toBe(mainEdges[0].to);
    const vertexEdge = edges.find((e) => e.line === 2)!;
    expect(vertexEdge.to).toBe(mainEdges[1].to);
  });

  it('keeps a road and a railway that cross (a bridge) apart, but joins them at a shared vertex', () => {
    const road = line('road', [[107.58, 16.46], [107.59, 16.47]]);
    const rail = line('rail', [[107.58, 16.47], [107.59, 16.46]], 'rail');
    expect(nodeNetwork([road, rail]).edges).toHaveLength(2);
    const station = line('rail2', [[107.59, 16.47], [107.6, 16.47]], 'rail');
    const shared = nodeNetwork([road, station]);
    expect(shared.nodes).toHaveLength(3);
  });

  it('splits a line that crosses itself and drops repeated vertices', () => {
    const loop = line('loop', [[107.58, 16.46], [107.6, 16.46], [107.6, 16.47], [107.59, 16.45], [107.59, 16.45]]);
    const { edges } = nodeNetwork([loop]);
    expect(edges.length).toBe(3);
    expect(totalLength(edges)).toBeCloseTo(lineLengthM(loop.coordinates), 3);
  });
});
