/**
 * SensorThings `CreateObservations` (the data-array extension) for gateways: many observations per
 * request, `[{Datastream, components, dataArray}]`. Valid rows are inserted in one transaction;
 * the answer lists, per row and in order, the new Observation's selfLink or `error: <why>`.
 */
import { HttpError } from '../api/HttpError.ts';
import type { Queryable } from '../db/Database.ts';
import type { CreatedObservation } from './createEntity.ts';
import { fetchDatastreamInfo } from './DatastreamCache.ts';
import { insertObservations } from './insertObservations.ts';
import { prepareObservation, type ObservationRow, type RejectReason } from './prepareObservation.ts';

const COMPONENTS = new Set(['phenomenonTime', 'result', 'resultTime', 'resultQuality', 'parameters', 'FeatureOfInterest/id', 'validTime']);

/** Runs the bulk create inside `tx`; `base` is the service root URL for selfLinks. */
export async function createObservationsArray(
  tx: Queryable,
  body: unknown,
  options: { base: string; now: number; onReject?: (reason: RejectReason, message: string) => void },
): Promise<{ links: string[]; created: CreatedObservation[] }> {
  if (!Array.isArray(body)) throw new HttpError(400, 'Bad request', 'CreateObservations expects a JSON array of {"Datastream": {"@iot.id": n}, "components": [...], "dataArray": [[...], ...]}');
  const slots: Array<{ row?: ObservationRow; thingId?: number; error?: string }> = [];
  for (const [g, group] of body.entries()) {
    const path = `[${g}]`;
    if (!group || typeof group !== 'object') throw new HttpError(400, 'Bad request', `${path}: must be an object`);
    const { Datastream, components, dataArray } = group as { Datastream?: { '@iot.id'?: unknown }; components?: unknown; dataArray?: unknown };
    const dsId = Number(Datastream?.['@iot.id']);
    if (!Number.isSafeInteger(dsId)) throw new HttpError(400, 'Bad request', `${path}.Datastream: {"@iot.id": n} is required`);
    if (!Array.isArray(components) || components.some((c) => typeof c !== 'string' || !COMPONENTS.has(c))) {
      throw new HttpError(400, 'Bad request', `${path}.components: an array of ${[...COMPONENTS].join(', ')}`);
    }
    if (!components.includes('result')) throw new HttpError(400, 'Bad request', `${path}.components: must include "result"`);
    if (!Array.isArray(dataArray)) throw new HttpError(400, 'Bad request', `${path}.dataArray: must be an array of arrays`);
    const ds = await fetchDatastreamInfo(tx, dsId);
    for (const item of dataArray) {
      if (!ds) {
        options.onReject?.('unknown_datastream', `no Datastream(${dsId})`);
        slots.push({ error: `error: unknown_datastream: there is no Datastream(${dsId})` });
        continue;
      }
      if (!Array.isArray(item) || item.length !== components.length) {
        options.onReject?.('invalid', 'dataArray row does not match components');
        slots.push({ error: `error: invalid: each dataArray row needs ${components.length} values (${components.join(', ')})` });
        continue;
      }
      const obs: Record<string, unknown> = {};
      components.forEach((c: string, i: number) => {
        if (c === 'FeatureOfInterest/id') obs.FeatureOfInterest = { '@iot.id': item[i] };
        else obs[c] = item[i];
      });
      const prepared = prepareObservation(obs, ds, options.now);
      if (!prepared.ok) {
        options.onReject?.(prepared.reason, prepared.message);
        slots.push({ error: `error: ${prepared.reason}: ${prepared.message}` });
      } else slots.push({ row: prepared.row, thingId: ds.thingId });
    }
  }
  const rows = slots.filter((s) => s.row).map((s) => s.row!);
  const ids = await insertObservations(tx, rows);
  const created: CreatedObservation[] = [];
  let k = 0;
  const links = slots.map((s) => {
    if (!s.row) return s.error!;
    const id = ids[k++];
    if (id === null) {
      options.onReject?.('duplicate', `Datastream(${s.row.datastreamId}) at ${s.row.phenomenonTime}`);
      return `error: duplicate: Datastream(${s.row.datastreamId}) already has an observation at ${s.row.phenomenonTime}`;
    }
    created.push({ id, thingId: s.thingId!, row: s.row });
    return `${options.base}/Observations(${id})`;
  });
  return { links, created };
}
