import { describe, expect, it } from 'vitest';
import { LiveHub } from '../../../../src/server/push/LiveHub.ts';

describe('LiveHub fan-out', () => {
  it('gives every client exactly its events, whether its filter kept all of the batch or some', async () => {
    const hub = new LiveHub();
    const texts = { all: [] as string[], observations: [] as string[], one: [] as string[], alerts: [] as string[] };
    hub.add({ send: (t) => texts.all.push(t) });
    hub.add({ send: (t) => texts.observations.push(t), filter: { types: new Set(['observation']) } });
    hub.add({ send: (t) => texts.one.push(t), filter: { types: new Set(['observation']), datastreams: new Set([2]) } });
    hub.add({ send: (t) => texts.alerts.push(t), filter: { types: new Set(['alert']) } });
    for (const ds of [1, 2, 3]) hub.publish({ type: 'observation', id: ds * 10, ds, thing: 1, t: '2026-01-01T00:00:00.000Z', result: ds });
    await new Promise((r) => setImmediate(r));
    const parsed = (list: string[]) => list.map((t) => (JSON.parse(t) as Array<{ ds: number; seq: number }>).map((e) => [e.ds, e.seq]));
    expect(parsed(texts.all)).toEqual([[[1, 1], [2, 2], [3, 3]]]);
    expect(parsed(texts.observations)).toEqual([[[1, 1], [2, 2], [3, 3]]]);
    expect(parsed(texts.one)).toEqual([[[2, 2]]]);
    expect(texts.alerts).toEqual([]);
    expect(hub.stats().messagesSent).toBe(3);
  });
});
