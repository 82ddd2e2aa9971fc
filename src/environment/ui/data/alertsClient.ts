/**
 * Alerts API client (docs/alerts.md): open alerts (`GET /api/alerts?state=open`), acknowledging
 * (`POST /api/alerts/{id}/ack`, signed in as an environment editor/admin) and the `alert` events
 * pushed on `/api/live`.
 */
import { authFetch, problemMessage } from '../../../app/session/session.ts';

/** An alert as the API returns it (the fields the panel shows). */
export interface Alert {
  id: number;
  ruleName: string;
  kind: string;
  thing: number | null;
  thingName: string | null;
  quantity: string | null;
  value: number | null;
  aqi: number | null;
  message: string;
  observedAt: string;
  createdAt: string;
  state: 'open' | 'acknowledged';
  acknowledgedBy: string | null;
}

/** Open alerts, newest first; undefined when the alerts API is not there (404). */
export async function fetchOpenAlerts(signal?: AbortSignal): Promise<Alert[] | undefined> {
  const response = await fetch('/api/alerts?state=open&limit=100', { signal });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(await problemMessage(response));
  const body = (await response.json()) as { alerts?: Alert[] };
  return body.alerts ?? [];
}

/** Acknowledges an alert; throws with the server's message when refused. */
export async function acknowledgeAlert(id: number, note?: string): Promise<Alert> {
  const response = await authFetch(`/api/alerts/${id}/ack`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(note ? { note } : {}),
  });
  if (!response.ok) throw new Error(await problemMessage(response));
  return (await response.json()) as Alert;
}

/** Applies pushed `alert` events to a list of open alerts (opened → added, acknowledged → removed). */
export function applyAlertEvents(open: readonly Alert[], events: readonly { type: string; action?: unknown; alert?: unknown }[]): Alert[] {
  let list = [...open];
  for (const e of events) {
    if (e.type !== 'alert' || !e.alert || typeof e.alert !== 'object') continue;
    const alert = e.alert as Alert;
    list = list.filter((a) => a.id !== alert.id);
    if (e.action === 'opened' && alert.state !== 'acknowledged') list.unshift(alert);
  }
  return list;
}
