/** keepLayersOnTop moves labels above later layers, and does nothing when they already are. */
import { describe, expect, it } from 'vitest';
import { keepLayersOnTop } from '../../../src/map2d/keepLayersOnTop.ts';

function fakeMap(order: string[]) {
  const moves: string[] = [];
  return {
    order,
    moves,
    getLayersOrder: () => [...order],
    moveLayer: (id: string) => {
      moves.push(id);
      order.splice(order.indexOf(id), 1);
      order.push(id);
    },
  };
}

describe('keepLayersOnTop', () => {
  it('moves the present ids to the top in order', () => {
    const map = fakeMap(['bg', 'label-a', 'label-b', 'deck-1']);
    keepLayersOnTop(map, ['label-a', 'missing', 'label-b']);
    expect(map.order).toEqual(['bg', 'deck-1', 'label-a', 'label-b']);
  });

  it('is a no-op when they are already on top', () => {
    const map = fakeMap(['bg', 'deck-1', 'label-a', 'label-b']);
    keepLayersOnTop(map, ['label-a', 'label-b']);
    expect(map.moves).toEqual([]);
  });

  it('leaves deck.gl layer groups alone: a group claiming the top and the labels settle instead of trading places forever', () => {
    const map = fakeMap(['bg', 'label-a', 'label-b', 'deck-maplibre-layer-group-last']);
    keepLayersOnTop(map, ['label-a', 'label-b']);
    expect(map.moves).toEqual([]);
    // a group placed before the labels (beforeId) is fine too
    const under = fakeMap(['bg', 'deck-maplibre-layer-group-before:label-a', 'label-a', 'label-b']);
    keepLayersOnTop(under, ['label-a', 'label-b']);
    expect(under.moves).toEqual([]);
    // but a catalog layer above the labels still moves them up
    const later = fakeMap(['bg', 'label-a', 'label-b', 'deck-maplibre-layer-group-last', 'zones:fill']);
    keepLayersOnTop(later, ['label-a', 'label-b']);
    expect(later.order.slice(-2)).toEqual(['label-a', 'label-b']);
  });
});
