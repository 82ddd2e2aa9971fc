/**
 * Edits of a scenario document as {@link Command}s (pure: each returns a new document): add a new
 * building from a drawn footprint, change its height/levels/use, move it, delete it. The document
 * stays a delta over the baseline; nothing here touches baseline buildings.
 */
import type { Polygon } from 'geojson';
import type { ProposedBuilding, ScenarioDocument } from '../scenario/scenarioSchema.ts';
import type { Command } from './CommandStack.ts';

/** Storey height used to fill `levels` from a typed height and vice versa in the editor, m. */
export const EDITOR_STOREY_M = 3.3;

/** An empty scenario with a title. */
export function newScenarioDocument(title: string): ScenarioDocument {
  return { title, newBuildings: [], demolitions: [], heightChanges: [], zoningOverrides: [] };
}

/** A proposal id not used in `doc`: `new-1`, `new-2`, … */
export function nextProposalId(doc: ScenarioDocument, prefix = 'new'): string {
  const used = new Set((doc.newBuildings ?? []).map((b) => b.id));
  for (let i = 1; ; i++) if (!used.has(`${prefix}-${i}`)) return `${prefix}-${i}`;
}

/** Closes a ring of `[lon, lat]` clicks into a GeoJSON Polygon (needs ≥ 3 distinct points). */
export function footprintFromClicks(points: ReadonlyArray<[number, number]>): Polygon | undefined {
  const distinct = points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
  if (distinct.length > 1 && distinct[0]![0] === distinct[distinct.length - 1]![0] && distinct[0]![1] === distinct[distinct.length - 1]![1]) distinct.pop();
  if (distinct.length < 3) return undefined;
  const ring = distinct.map(([x, y]) => [x, y]);
  return { type: 'Polygon', coordinates: [[...ring, [ring[0]![0]!, ring[0]![1]!]]] };
}

/** Adds `building` to the new buildings. */
export function addBuilding(building: ProposedBuilding): Command<ScenarioDocument> {
  return { label: `add ${building.id}`, apply: (doc) => ({ ...doc, newBuildings: [...(doc.newBuildings ?? []), building] }) };
}

/** Fields of a new building the editor can change. */
export type BuildingPatch = Partial<Pick<ProposedBuilding, 'heightM' | 'levels' | 'use' | 'name'>>;

function mapBuilding(doc: ScenarioDocument, id: string, fn: (b: ProposedBuilding) => ProposedBuilding): ScenarioDocument {
  const list = doc.newBuildings ?? [];
  if (!list.some((b) => b.id === id)) return doc;
  return { ...doc, newBuildings: list.map((b) => (b.id === id ? fn(b) : b)) };
}

/** Sets height, levels, use or name of new building `id` (a field set to undefined is removed). */
export function updateBuilding(id: string, patch: BuildingPatch): Command<ScenarioDocument> {
  return {
    label: `edit ${id}`,
    apply: (doc) => mapBuilding(doc, id, (b) => {
      const next: Record<string, unknown> = { ...b, ...patch };
      for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k];
      const same = Object.keys(next).length === Object.keys(b).length && Object.entries(next).every(([k, v]) => (b as Record<string, unknown>)[k] === v);
      return same ? b : (next as ProposedBuilding);
    }),
  };
}

/** Moves new building `id` by `dLon`, `dLat` degrees (every vertex; the parcel is looked up again). */
export function moveBuilding(id: string, dLon: number, dLat: number): Command<ScenarioDocument> {
  return {
    label: `move ${id}`,
    apply: (doc) => (dLon === 0 && dLat === 0 ? doc : mapBuilding(doc, id, (b) => {
      const shift = (ring: number[][]) => ring.map((p) => [p[0]! + dLon, p[1]! + dLat, ...p.slice(2)]);
      const footprint = b.footprint.type === 'Polygon'
        ? { type: 'Polygon' as const, coordinates: b.footprint.coordinates.map(shift) }
        : { type: 'MultiPolygon' as const, coordinates: b.footprint.coordinates.map((rings) => rings.map(shift)) };
      const { parcelId: _parcel, ...rest } = b;
      return { ...rest, footprint };
    })),
  };
}

/** Deletes new building `id`. */
export function deleteBuilding(id: string): Command<ScenarioDocument> {
  return {
    label: `delete ${id}`,
    apply: (doc) => ((doc.newBuildings ?? []).some((b) => b.id === id) ? { ...doc, newBuildings: (doc.newBuildings ?? []).filter((b) => b.id !== id) } : doc),
  };
}

/** Sets the title. */
export function renameScenario(title: string): Command<ScenarioDocument> {
  return { label: 'rename', apply: (doc) => (doc.title === title ? doc : { ...doc, title }) };
}

/** Metres per degree of latitude (spherical approximation, good to 0.5 % for moving a footprint a few metres). */
const METRES_PER_DEGREE = 111_320;

/** A shift of `eastM`, `northM` metres at latitude `latDeg` as `[dLon, dLat]` degrees. */
export function metresToDegrees(latDeg: number, eastM: number, northM: number): [number, number] {
  return [eastM / (METRES_PER_DEGREE * Math.cos((latDeg * Math.PI) / 180)), northM / METRES_PER_DEGREE];
}
