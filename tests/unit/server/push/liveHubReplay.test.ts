import { describe, expect, it } from 'vitest';
import { LiveHub, REPLAY_CAPACITY } from '../../../../src/server/push/LiveHub.ts';

describe('LiveHub catch-up', () => {
  it('numbers events and replays those after a seq, filtered, even with no client connected', () => {
    const hub = new LiveHub();
    for (let i = 1; i <= 5; i++) hub.publish({ type: i % 2 ? 'observation' : 'tileset', n: i });
    expect(hub.lastSeq()).toBe(5);
    const all = hub.replay(2);
    expect('events' in all && all.events.map((e) => e.seq)).toEqual([3, 4, 5]);
    const obs = hub.replay(0, { types: new Set(['observation']) });
    expect('events' in obs && obs.events.map((e) => e.n)).toEqual([1, 3, 5]);
    expect(hub.replay(5)).toEqual({ events: [] });
  });

  it('says gap for a seq it cannot account for', () => {
    const hub = new LiveHub();
    hub.publish({ type: 'x' });
    expect(hub.replay(7)).toEqual({ gap: true });
    expect(hub.replay(-1)).toEqual({ gap: true });
    for (let i = 0; i < REPLAY_CAPACITY + 10; i++) hub.publish({ type: 'x' });
    expect(hub.replay(1)).toEqual({ gap: true });
    const recent = hub.replay(hub.lastSeq() - 3);
    expect('events' in recent && recent.events).toHaveLength(3);
  });

  it('sends each client the seq-stamped events it wants, batched per tick', async () => {
    const hub = new LiveHub();
    const got: string[] = [];
    hub.add({ send: (t) => got.push(t), filter: { types: new Set(['alert']) } });
    hub.publish({ type: 'observation' });
    hub.publish({ type: 'alert', id: 1 });
    await new Promise((r) => setImmediate(r));
    expect(got.map((t) => JSON.parse(t) as unknown)).toEqual([[{ type: 'alert', id: 1, seq: 2 }]]);
  });
});
