/**
 * Turns the lot layout into land records and buildings: parcel numbers (số tờ, số thửa), current
 * land use, owner type, and for each built lot a building (use, levels, height, year, footprint with
 * setbacks and coverage within the zone's rules and the heritage height cap). Deterministic from the
 * seed; cached per seed so the buildings and parcels generators agree on parcel ids.
 */
import type { XY } from '../geo/LocalFrame.ts';
import type { RingXY } from '../geo/planar.ts';
import { createRandom, type Random } from '../random.ts';
import { layoutLots, type Lot } from './layoutLots.ts';

/** Building uses. */
export type BuildingUse = 'residential' | 'commercial' | 'public' | 'religious' | 'industrial';

/** Storey height in metres. */
export const STOREY_M = 3.3;
/** Cadastral map sheet size (tờ bản đồ), metres. */
const SHEET_M = 500;
/** Share of lots left unbuilt (gardens, vacant land). */
const VACANT_SHARE = 0.03;

/** A building on a lot. */
export interface BuildingRecord {
  id: string;
  use: BuildingUse;
  levels: number;
  heightM: number;
  yearBuilt: number;
  name: string | null;
  ring: RingXY;
}

/** A parcel and its building, if any. */
export interface LotRecord {
  lot: Lot;
  parcelId: string;
  soTo: number;
  soThua: number;
  areaM2: number;
  landUse: string;
  ownerType: string;
  building: BuildingRecord | null;
}

const PUBLIC_KINDS: [string, string, number][] = [
  ['Trường học', 'DGD', 3], ['Trạm y tế', 'DYT', 1], ['Nhà văn hóa', 'DVH', 1], ['Trụ sở cơ quan', 'TSC', 2],
];
const RELIGIOUS_KINDS: [string, number][] = [['Chùa', 3], ['Nhà thờ họ', 3], ['Đình', 1], ['Nhà thờ', 1]];

function pickUse(lot: Lot, random: Random): BuildingUse {
  const kind = lot.zone.profile.kind;
  if (kind === 'industrial') return random.chance(0.9) ? 'industrial' : 'commercial';
  if (lot.large) {
    if (kind === 'boulevard') return random.pick([['commercial', 6], ['public', 1], ['residential', 2]] as const);
    return random.pick([['public', 4], ['religious', 3], ['commercial', 3]] as const);
  }
  if (lot.zone.code === 'TMD') return random.pick([['commercial', 5], ['residential', 5]] as const);
  return random.chance(0.1) ? 'commercial' : 'residential';
}

function pickLevels(lot: Lot, use: BuildingUse, random: Random): number {
  const kind = lot.zone.profile.kind;
  if (use === 'industrial') return random.chance(0.8) ? 1 : 2;
  if (use === 'religious') return random.chance(0.7) ? 1 : 2;
  if (kind === 'boulevard' && lot.large && use !== 'public') return random.chance(0.45) ? random.int(8, lot.zone.maxLevels) : random.int(3, 7);
  if (kind === 'boulevard') return random.pick([[2, 2], [3, 4], [4, 4], [5, 3], [6, 2], [7, 1]] as const);
  if (kind === 'core') return random.pick([[1, 35], [2, 45], [3, 20]] as const);
  if (kind === 'garden') return random.pick([[1, 55], [2, 40], [3, 5]] as const);
  if (lot.zone.maxLevels <= 4) return random.pick([[1, 20], [2, 40], [3, 30], [4, 10]] as const);
  return random.pick([[1, 10], [2, 25], [3, 30], [4, 20], [5, 10], [6, 5]] as const);
}

function pickYear(lot: Lot, levels: number, random: Random): number {
  if (levels >= 8) return random.int(2005, 2024);
  if (lot.zone.profile.kind === 'industrial') return random.int(1998, 2024);
  if (lot.zone.profile.kind === 'core' || lot.zone.profile.kind === 'garden') return random.pick([[random.int(1890, 1944), 1], [random.int(1945, 1985), 3], [random.int(1986, 2024), 6]] as const);
  return random.pick([[random.int(1930, 1975), 1], [random.int(1976, 1999), 3], [random.int(2000, 2024), 6]] as const);
}

/** Footprint inside the lot: front/rear setbacks, side gaps, area within the coverage limit. */
function footprint(lot: Lot, use: BuildingUse, random: Random): RingXY {
  const [p0, p1, , p3] = lot.ring as [XY, XY, XY, XY];
  const ux: XY = [(p1[0] - p0[0]) / lot.width, (p1[1] - p0[1]) / lot.width];
  const uy: XY = [(p3[0] - p0[0]) / lot.depth, (p3[1] - p0[1]) / lot.depth];
  const z = lot.zone;
  const big = lot.large || use === 'industrial';
  const side = Math.max(z.setbackSide, big ? 2 : 0.3);
  const front = z.setbackFront + (big ? random.range(2, 5) : random.range(0.3, 1.2));
  const rear = big ? random.range(2, 5) : random.range(1, 3);
  const width = lot.width - 2 * side;
  const maxDepth = lot.depth - front - rear;
  const coverage = Math.min(z.maxCoverage, big ? random.range(0.35, 0.6) : random.range(0.55, 0.85));
  const depth = Math.min(maxDepth, Math.max(3, (coverage * lot.width * lot.depth) / width));
  const at = (a: number, b: number): XY => [p0[0] + ux[0] * a + uy[0] * b, p0[1] + ux[1] * a + uy[1] * b];
  return [at(side, front), at(side + width, front), at(side + width, front + depth), at(side, front + depth), at(side, front)];
}

let cached: { key: string; records: LotRecord[] } | undefined;

/** Land records and buildings for a seed, in layout order (cached per seed and process); `onlyZones` as in layoutLots. */
export function buildLots(seed: number, onlyZones?: readonly string[]): LotRecord[] {
  const key = `${seed}|${onlyZones?.join(',') ?? '*'}`;
  if (cached?.key === key) return cached.records;
  const { lots } = layoutLots(seed, onlyZones);
  const random = createRandom(seed ^ 0x5bd1e995);
  const sheets = new Map<string, { no: number; next: number }>();
  const records: LotRecord[] = [];
  let buildings = 0;
  for (const lot of lots) {
    const [x, y] = lot.ring[0]!;
    const key = `${Math.floor(x / SHEET_M)},${Math.floor(y / SHEET_M)}`;
    let sheet = sheets.get(key);
    if (!sheet) sheets.set(key, (sheet = { no: sheets.size + 1, next: 1 }));
    const soThua = sheet.next++;
    const parcelId = `thua-${sheet.no}-${soThua}`;
    const areaM2 = Math.round(lot.width * lot.depth * 10) / 10;
    if (random.chance(VACANT_SHARE) && lot.zone.profile.kind !== 'industrial') {
      records.push({ lot, parcelId, soTo: sheet.no, soThua, areaM2, landUse: 'CLN', ownerType: 'household', building: null });
      continue;
    }
    const use = pickUse(lot, random);
    const cap = Math.min(lot.zone.maxHeight, lot.heritageCap);
    const roof = lot.zone.profile.kind === 'core' || lot.zone.profile.kind === 'garden' || use === 'religious' ? random.range(1.5, 2.5) : random.range(0.5, 1.2);
    const capLevels = Math.max(1, Math.floor((cap - roof) / STOREY_M));
    const levels = Math.min(pickLevels(lot, use, random), capLevels);
    let heightM = use === 'industrial' && levels === 1 ? Math.min(cap, random.range(6, 10)) : levels * STOREY_M + roof;
    heightM = Math.round(Math.min(heightM, cap) * 10) / 10;
    let name: string | null = null;
    let landUse = use === 'commercial' ? 'TMD' : use === 'industrial' ? 'SKC' : use === 'religious' ? 'TON' : lot.zone.code === 'ONT' ? 'ONT' : 'ODT';
    if (use === 'public') {
      const [label, code] = random.pick(PUBLIC_KINDS.map(([l, c, w]) => [[l, c] as const, w] as const));
      name = `${label} (giả lập) số ${buildings + 1}`;
      landUse = code;
    } else if (use === 'religious') {
      name = `${random.pick(RELIGIOUS_KINDS)} (giả lập) số ${buildings + 1}`;
    }
    const ownerType = use === 'public' ? 'state_agency' : use === 'religious' ? 'religious_organisation'
      : use === 'industrial' || (use === 'commercial' && lot.large) ? 'economic_organisation' : random.chance(0.97) ? 'household' : 'economic_organisation';
    buildings++;
    records.push({
      lot, parcelId, soTo: sheet.no, soThua, areaM2, landUse, ownerType,
      building: { id: `hue-b-${String(buildings).padStart(6, '0')}`, use, levels, heightM, yearBuilt: pickYear(lot, levels, random), name, ring: footprint(lot, use, random) },
    });
  }
  cached = { key, records };
  return records;
}
