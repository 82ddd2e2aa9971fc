/**
 * A proposal as a small glTF (GLB) built with the same extrusion and GLB writer as the buildings'
 * 3D Tiles, so a proposed building looks exactly like the baseline's and, drawn as a Cesium
 * `Model`, honours `splitDirection` in the compare view (plain primitives and entities do not).
 */
import { buildingRecord } from '../../../tiles/BuildingRecord.ts';
import { encodeTileGlb } from '../../../tiles/encodeTileGlb.ts';
import { extrudeFootprint } from '../../../tiles/extrudeFootprint.ts';
import { TileMesh } from '../../../tiles/TileMesh.ts';
import { enuFrameAt, enuToEcefMatrix } from '../../../tiles/wgs84.ts';
import type { PlanningBuilding } from '../../PlanningBuilding.ts';

/** A proposal's GLB and where it stands. */
export interface ProposalGlb {
  glb: Uint8Array;
  /** ENU → ECEF matrix of the model's origin, 16 numbers column-major (Cesium `Matrix4.fromArray`). */
  modelMatrix: number[];
}

const DEG = Math.PI / 180;

/** Extrudes `building` (height in metres, from the ground at 0 m) into a GLB; undefined when its footprint cannot be extruded. */
export function proposalGlb(building: PlanningBuilding, heightM: number): ProposalGlb | undefined {
  const polygons = building.footprint.type === 'Polygon' ? [building.footprint.coordinates] : building.footprint.coordinates;
  const first = polygons[0]?.[0]?.[0];
  if (!first) return undefined;
  const frame = enuFrameAt(first[0]! * DEG, first[1]! * DEG, 0);
  const mesh = new TileMesh();
  const properties = { use: building.use ?? '', levels: building.levels ?? undefined, height_m: heightM };
  const result = extrudeFootprint({ id: building.id, polygons, properties }, heightM, frame, 0, mesh);
  if (!result.ok) return undefined;
  return { glb: encodeTileGlb(mesh, [buildingRecord(building.id, properties)]), modelMatrix: enuToEcefMatrix(frame) };
}
