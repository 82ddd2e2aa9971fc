/** Turns a disruption (closed segment ids, a flood level) into a per-edge "blocked" mask for searches. */
import type { LogisticsGraph } from './LogisticsGraph.ts';

/** A disruption of the network. */
export interface Disruption {
  /** Segment (feature) ids closed outright. Default: none. */
  closedSegments?: readonly string[];
  /** Water level in metres; edges touching zones whose ground is lower are closed. Default: none. */
  floodLevelM?: number | null;
}

/** The mask and what it closed. */
export interface Closures {
  /** 1 for every blocked edge; undefined when nothing is closed. */
  blocked: Uint8Array | undefined;
  /** Requested ids that are not network segments (the caller reports them). */
  unknownSegments: string[];
  /** Segment ids closed by the flood (sorted). */
  floodClosedSegments: string[];
}

/** Builds the mask; `edgeFloodElevation` comes from `edgeFloodElevations(graph, zones)`. */
export function closuresFor(graph: LogisticsGraph, edgeFloodElevation: Float64Array, disruption: Disruption): Closures {
  const unknownSegments: string[] = [];
  const flooded = new Set<string>();
  let blocked: Uint8Array | undefined;
  for (const id of disruption.closedSegments ?? []) {
    const edges = graph.edgesOfSegment.get(id);
    if (!edges) {
      unknownSegments.push(id);
      continue;
    }
    blocked ??= new Uint8Array(graph.edgeCount);
    for (const e of edges) blocked[e] = 1;
  }
  const level = disruption.floodLevelM;
  if (typeof level === 'number') {
    for (let e = 0; e < graph.edgeCount; e++) {
      if (edgeFloodElevation[e] < level) {
        blocked ??= new Uint8Array(graph.edgeCount);
        blocked[e] = 1;
        flooded.add(graph.segmentOf(e).id);
      }
    }
  }
  return { blocked, unknownSegments, floodClosedSegments: [...flooded].sort() };
}
