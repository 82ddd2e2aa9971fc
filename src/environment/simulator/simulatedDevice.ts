/**
 * The simulator's devices as one list, and what each publishes at an instant with its faults
 * applied (silence → nothing, stuck → an old value repeated, spike → one pollutant multiplied).
 * Pure and deterministic for a seed: the server publishes these over MQTT and backfills with them.
 */
import { airReading } from './airQualityModel.ts';
import type { EmissionSource } from './emissionSource.ts';
import { faultAt, type SensorFault } from './sensorFaults.ts';
import {
  AIR_QUANTITIES,
  AIR_STATIONS,
  TRUCK_QUANTITIES,
  WASTE_TRUCKS,
  WATER_QUANTITIES,
  WATER_SENSORS,
  type SimQuantity,
} from './simulatedNetwork.ts';
import { truckReading } from './truckModel.ts';
import { waterReading } from './waterQualityModel.ts';

/** Kind of simulated Thing (`properties.kind`). */
export type DeviceKind = 'air-quality' | 'water-quality' | 'waste-truck';

/** One simulated device (a Thing with its Datastreams and MQTT login). */
export interface SimulatedDevice {
  code: string;
  kind: DeviceKind;
  area: string;
  /** [lon, lat] of its Location (a truck's depot = route start). */
  position: [number, number];
  quantities: readonly SimQuantity[];
  /** Readings without faults at `tMs`. */
  read(seed: number, sources: readonly EmissionSource[], tMs: number): Record<string, number | object>;
}

/** Every simulated device: 30 stations, 4 river sensors, 5 trucks. */
export const SIMULATED_DEVICES: readonly SimulatedDevice[] = [
  ...AIR_STATIONS.map<SimulatedDevice>((s) => ({
    code: s.code,
    kind: 'air-quality',
    area: s.area,
    position: s.position,
    quantities: AIR_QUANTITIES,
    read: (seed, sources, t) => ({ ...airReading(seed, s, sources, t) }),
  })),
  ...WATER_SENSORS.map<SimulatedDevice>((s, i) => ({
    code: s.code,
    kind: 'water-quality',
    area: s.area,
    position: s.position,
    quantities: WATER_QUANTITIES,
    read: (seed, _sources, t) => ({ ...waterReading(seed, s, i, t) }),
  })),
  ...WASTE_TRUCKS.map<SimulatedDevice>((truck) => ({
    code: truck.code,
    kind: 'waste-truck',
    area: truck.area,
    position: truck.route[0],
    quantities: TRUCK_QUANTITIES,
    read: (seed, _sources, t) => ({ ...truckReading(seed, truck, t) }),
  })),
];

/** What a device publishes at an instant. */
export interface DeviceOutput {
  /** The fault in progress, if any. */
  fault: SensorFault | null;
  /** Quantity → result; empty when the device is silent. */
  results: Partial<Record<SimQuantity, number | object>>;
}

const POLLUTANTS = new Set<SimQuantity>(['pm25', 'pm10', 'no2', 'o3', 'co', 'so2', 'turbidity']);

/** The device's output at `tMs` for `seed`, faults applied. */
export function deviceOutput(device: SimulatedDevice, seed: number, sources: readonly EmissionSource[], tMs: number): DeviceOutput {
  const fault = device.kind === 'waste-truck' ? null : faultAt(seed, device.code, tMs, device.quantities.length);
  if (fault?.kind === 'silent') return { fault, results: {} };
  const results = device.read(seed, sources, tMs) as Partial<Record<SimQuantity, number | object>>;
  if (fault) {
    const q = device.quantities[fault.quantityIndex];
    if (fault.kind === 'stuck') results[q] = device.read(seed, sources, fault.from)[q];
    else if (fault.kind === 'spike' && POLLUTANTS.has(q) && typeof results[q] === 'number') {
      results[q] = Number(((results[q] as number) * fault.factor).toFixed(1));
    }
  }
  return { fault, results };
}
