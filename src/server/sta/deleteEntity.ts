/**
 * SensorThings delete, with the spec's integrity rules (OGC 18-088 §10.4): deleting a Thing
 * deletes its Datastreams; a Sensor or ObservedProperty takes its Datastreams along; a Datastream
 * its Observations; a FeatureOfInterest the Observations that reference it. Runs in the caller's
 * transaction; 404 when the entity does not exist.
 */
import { HttpError } from '../api/HttpError.ts';
import type { Queryable } from '../db/Database.ts';
import type { EntityDef } from './entityModel.ts';

async function deleteDatastreams(tx: Queryable, where: string, id: number): Promise<void> {
  await tx.query(`DELETE FROM sta_observations WHERE datastream_id IN (SELECT id FROM sta_datastreams WHERE ${where} = $1)`, [id]);
  await tx.query(`DELETE FROM sta_datastreams WHERE ${where} = $1`, [id]);
}

/** Deletes `entity`(`id`) and what depends on it. */
export async function deleteEntity(tx: Queryable, entity: EntityDef, id: number): Promise<void> {
  const [found] = await tx.query(`SELECT 1 FROM ${entity.table} WHERE id = $1`, [id]);
  if (!found) throw new HttpError(404, 'Not found', `There is no ${entity.name}(${id})`);
  switch (entity.name) {
    case 'Things':
      await deleteDatastreams(tx, 'thing_id', id);
      break;
    case 'Sensors':
      await deleteDatastreams(tx, 'sensor_id', id);
      break;
    case 'ObservedProperties':
      await deleteDatastreams(tx, 'observed_property_id', id);
      break;
    case 'Datastreams':
      await tx.query('DELETE FROM sta_observations WHERE datastream_id = $1', [id]);
      break;
    case 'FeaturesOfInterest':
      await tx.query('DELETE FROM sta_observations WHERE foi_id = $1', [id]);
      break;
    default:
      break;
  }
  await tx.query(`DELETE FROM ${entity.table} WHERE id = $1`, [id]);
}
