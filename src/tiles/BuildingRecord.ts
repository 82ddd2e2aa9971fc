/** The per-building attributes written into each tile's property table (EXT_structural_metadata). */
import { buildingHeightM } from './buildingHeight.ts';

/** One row of the property table. Missing numbers are `undefined` (written as the class's noData). */
export interface BuildingRecord {
  /** Feature id in the database collection. */
  id: string;
  /** Name, "" when none. */
  name: string;
  /** Use: residential, commercial, public, religious, industrial, …; "" when unknown. */
  use: string;
  /** Extrusion height actually used, metres. */
  height_m: number;
  /** Storeys above ground. */
  levels?: number;
  /** Year of construction. */
  year_built?: number;
  /** Zoning code of the plot, "" when none. */
  zoning_code: string;
  /** Whether the building is procedurally generated (not surveyed). */
  synthetic: boolean;
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function integer(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : typeof value === 'number' ? value : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** The record of a feature: picks the known properties (OSM `building`/`building:levels` as fallbacks). */
export function buildingRecord(id: string, properties: Record<string, unknown>): BuildingRecord {
  return {
    id,
    name: text(properties.name ?? properties.name_vi),
    use: text(properties.use ?? properties.building),
    height_m: buildingHeightM(properties),
    levels: integer(properties.levels ?? properties['building:levels'], 0, 65534),
    year_built: integer(properties.year_built ?? properties.start_date, -32767, 32767),
    zoning_code: text(properties.zoning_code),
    synthetic: properties.synthetic === true || properties.synthetic === 'true',
  };
}
