/**
 * Reads what the environment workspace needs from the SensorThings API (`/api/sta/v1.1`): the
 * stations (Things with Locations and Datastreams, every page) and the observations of a time
 * window, one request per station (`Things(id)/Datastreams` with the window's Observations
 * expanded, following `Observations@iot.nextLink` when a Datastream has more).
 */
import type { TimeWindow } from '../../replay/replayWindow.ts';
import { parseStations } from '../stations/parseStations.ts';
import type { Station } from '../stations/Station.ts';
import type { StationHistory } from '../stations/StationHistory.ts';

/** Root of the SensorThings API on this server. */
export const STA_ROOT = '/api/sta/v1.1';

/** Requests in flight at once while loading history. */
const CONCURRENCY = 4;

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Same-origin path of an absolute `@iot.nextLink` (the server writes its own host name). */
function localPath(link: string): string {
  const u = new URL(link, window.location.href);
  return `${u.pathname}${u.search}`;
}

/** Every air-quality station (all pages of Things). */
export async function fetchStations(signal?: AbortSignal): Promise<Station[]> {
  const things: unknown[] = [];
  let url: string | undefined = `${STA_ROOT}/Things?$expand=Locations,Datastreams&$top=1000`;
  while (url) {
    const page: { value: unknown[]; '@iot.nextLink'?: string } = await getJson(url, signal);
    things.push(...page.value);
    url = page['@iot.nextLink'] ? localPath(page['@iot.nextLink']) : undefined;
  }
  return parseStations(things);
}

interface ObservationRow {
  phenomenonTime: string;
  result: unknown;
}

/** Loads the observations with `window.from` < phenomenonTime ≤ `window.to` of every station into `history`. */
export async function fetchHistory(stations: readonly Station[], window: TimeWindow, history: StationHistory, signal?: AbortSignal): Promise<number> {
  const from = new Date(window.from).toISOString();
  const to = new Date(window.to).toISOString();
  const expand = `Observations($filter=phenomenonTime gt ${from} and phenomenonTime le ${to};$orderby=phenomenonTime desc;$top=10000;$select=phenomenonTime,result)`;
  let added = 0;
  const loadStation = async (station: Station) => {
    const url = `${STA_ROOT}/Things(${station.id})/Datastreams?$select=id&$top=1000&$expand=${encodeURIComponent(expand)}`;
    const page = await getJson<{ value: { '@iot.id': number; Observations?: ObservationRow[]; 'Observations@iot.nextLink'?: string }[] }>(url, signal);
    for (const ds of page.value) {
      for (const o of ds.Observations ?? []) if (history.add(ds['@iot.id'], o.phenomenonTime, o.result)) added++;
      let next = ds['Observations@iot.nextLink'];
      while (next) {
        const more: { value: ObservationRow[]; '@iot.nextLink'?: string } = await getJson(`${localPath(next)}&$filter=${encodeURIComponent(`phenomenonTime gt ${from} and phenomenonTime le ${to}`)}&$orderby=${encodeURIComponent('phenomenonTime desc')}`, signal);
        for (const o of more.value) if (history.add(ds['@iot.id'], o.phenomenonTime, o.result)) added++;
        next = more['@iot.nextLink'];
      }
    }
  };
  const queue = [...stations];
  const workers = Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
    for (let s = queue.shift(); s; s = queue.shift()) await loadStation(s);
  });
  await Promise.all(workers);
  return added;
}
