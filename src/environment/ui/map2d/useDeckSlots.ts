/**
 * Several components share the tool's one `setDeckLayers`: each fills a named slot, and the slots
 * are drawn in a fixed order — surface under plume under stations.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Layer } from '@deck.gl/core';

/** The slots, bottom first. */
export const DECK_SLOTS = ['surface', 'plume', 'stations'] as const;
/** A slot name. */
export type DeckSlot = (typeof DECK_SLOTS)[number];
/** Replaces the layers of one slot. */
export type SetDeckSlot = (slot: DeckSlot, layers: Layer[]) => void;

/** A slot setter that pushes every slot's layers, in order, to `setDeckLayers` (cleared on unmount). */
export function useDeckSlots(setDeckLayers: (layers: Layer[]) => void): SetDeckSlot {
  const slots = useRef<Partial<Record<DeckSlot, Layer[]>>>({});
  useEffect(() => () => setDeckLayers([]), [setDeckLayers]);
  return useCallback((slot, layers) => {
    slots.current[slot] = layers;
    setDeckLayers(DECK_SLOTS.flatMap((s) => slots.current[s] ?? []));
  }, [setDeckLayers]);
}
