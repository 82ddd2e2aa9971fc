/**
 * deck.gl layer props that draw the layer under the MapLibre style layer `beforeId` (interleaved
 * overlay). `@deck.gl/maplibre` reads `beforeId` from any layer but does not add it to the layer
 * prop types, hence this typed-as-`object` spread: `new ArcLayer({ ...deckBeforeId('labels'), … })`.
 */
export function deckBeforeId(beforeId: string): object {
  return { beforeId };
}
