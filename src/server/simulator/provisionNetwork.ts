/**
 * Creates the simulated Things (with Location and Datastreams), their Sensors and
 * ObservedProperties through the SensorThings model (the same deep insert as `POST /Things`), once:
 * existing simulated Things are found by `properties.code` and only missing parts are added.
 */
import type { Database } from '../db/Database.ts';
import { createEntity, type CreateContext } from '../sta/createEntity.ts';
import type { SimulatedDevice } from '../../environment/simulator/simulatedDevice.ts';
import { QUANTITY_INFO, type SimQuantity } from '../../environment/simulator/simulatedNetwork.ts';

/** Marker in `properties.simulator` of everything the simulator created. */
export const SIMULATOR_MARK = 'hue-twin-simulator';

const MEASUREMENT = 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement';
const OBSERVATION = 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Observation';
const LICENCE = 'CC BY 4.0 (Huế Twin synthetic data)';

/** A provisioned device: its Thing and Datastream ids by quantity. */
export interface ProvisionedDevice {
  device: SimulatedDevice;
  thingId: number;
  datastreams: Partial<Record<SimQuantity, number>>;
}

const SENSOR_NAMES: Record<SimulatedDevice['kind'], string> = {
  'air-quality': 'Simulated low-cost air-quality monitor',
  'water-quality': 'Simulated multi-parameter water-quality sonde',
  'waste-truck': 'Simulated vehicle tracker',
};

function newContext(tx: CreateContext['tx']): CreateContext {
  return { tx, now: Date.now(), observations: [], datastreams: [] };
}

async function findOrCreate(db: Database, table: 'sta_sensors' | 'sta_observed_properties', name: string, set: 'Sensors' | 'ObservedProperties', body: Record<string, unknown>): Promise<number> {
  const [row] = await db.query<{ id: number }>(`SELECT id FROM ${table} WHERE name = $1 AND properties->>'simulator' = $2 ORDER BY id LIMIT 1`, [name, SIMULATOR_MARK]);
  if (row) return Number(row.id);
  return db.transaction((tx) => createEntity(newContext(tx), set, { ...body, properties: { simulator: SIMULATOR_MARK, synthetic: true } }));
}

function datastreamBody(device: SimulatedDevice, q: SimQuantity, sensorId: number, opId: number): Record<string, unknown> {
  const info = QUANTITY_INFO[q];
  return {
    name: `${info.name} – ${device.code}`,
    description: `${info.name} at ${device.area} (synthetic, Huế Twin simulator)`,
    unitOfMeasurement: info.unit,
    observationType: info.measurement ? MEASUREMENT : OBSERVATION,
    properties: { quantity: q, synthetic: true, simulator: SIMULATOR_MARK, ...(info.validRange ? { validRange: info.validRange } : {}) },
    Sensor: { '@iot.id': sensorId },
    ObservedProperty: { '@iot.id': opId },
  };
}

/** Ensures every device exists in the SensorThings tables; returns their ids. */
export async function provisionNetwork(db: Database, devices: readonly SimulatedDevice[]): Promise<ProvisionedDevice[]> {
  const sensors = new Map<string, number>();
  for (const [kind, name] of Object.entries(SENSOR_NAMES)) {
    sensors.set(kind, await findOrCreate(db, 'sta_sensors', name, 'Sensors', { name, description: `${name} (synthetic device of the Huế Twin simulator)`, encodingType: 'text/plain', metadata: 'synthetic' }));
  }
  const ops = new Map<SimQuantity, number>();
  for (const q of new Set(devices.flatMap((d) => [...d.quantities]))) {
    const info = QUANTITY_INFO[q];
    ops.set(q, await findOrCreate(db, 'sta_observed_properties', info.name, 'ObservedProperties', { name: info.name, definition: info.definition, description: info.name }));
  }
  const things = await db.query<{ id: number; code: string }>("SELECT id, properties->>'code' AS code FROM sta_things WHERE properties->>'simulator' = $1", [SIMULATOR_MARK]);
  const thingByCode = new Map(things.map((t) => [t.code, Number(t.id)]));
  const result: ProvisionedDevice[] = [];
  for (const device of devices) {
    const sensorId = sensors.get(device.kind)!;
    let thingId = thingByCode.get(device.code);
    if (thingId === undefined) {
      thingId = await db.transaction((tx) =>
        createEntity(newContext(tx), 'Things', {
          name: `${device.code} ${device.area}`,
          description: `Synthetic ${device.kind} device of the Huế Twin simulator at ${device.area}; not a real sensor`,
          properties: { synthetic: true, simulator: SIMULATOR_MARK, kind: device.kind, code: device.code, area: device.area, source: 'Huế Twin simulator', licence: LICENCE },
          Locations: [{ name: device.area, description: `${device.code} (synthetic position)`, encodingType: 'application/geo+json', location: { type: 'Point', coordinates: device.position }, properties: { synthetic: true } }],
          Datastreams: device.quantities.map((q) => datastreamBody(device, q, sensorId, ops.get(q)!)),
        }),
      );
    }
    const rows = await db.query<{ id: number; quantity: SimQuantity }>("SELECT id, properties->>'quantity' AS quantity FROM sta_datastreams WHERE thing_id = $1", [thingId]);
    const datastreams: Partial<Record<SimQuantity, number>> = Object.fromEntries(rows.map((r) => [r.quantity, Number(r.id)]));
    for (const q of device.quantities) {
      if (datastreams[q] !== undefined) continue;
      const id = thingId;
      datastreams[q] = await db.transaction((tx) => createEntity(newContext(tx), 'Datastreams', { ...datastreamBody(device, q, sensorId, ops.get(q)!), Thing: { '@iot.id': id } }));
    }
    result.push({ device, thingId, datastreams });
  }
  return result;
}
