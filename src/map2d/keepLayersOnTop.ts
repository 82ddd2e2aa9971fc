/**
 * Moves the given style layers (those present) to the top of the map, in the given order, when
 * they are not already there — e.g. labels above layers the catalog adds later. A no-op when the
 * order is right, so it can run on every `styledata`.
 *
 * deck.gl's interleaved layer groups are left out of the comparison: a group without `beforeId`
 * moves itself to the very top on every `styledata` too, and two parties each claiming the top
 * would move layers back and forth on every frame — the map would never go idle (and never get
 * ready). Give deck layers a `beforeId` (e.g. the first of `ids`) to draw them under the labels.
 */
export function keepLayersOnTop(map: { getLayersOrder(): string[]; moveLayer(id: string): unknown }, ids: readonly string[]): void {
  const order = map.getLayersOrder().filter((id) => !isDeckLayerGroup(id));
  const present = ids.filter((id) => order.includes(id));
  const tail = order.slice(order.length - present.length);
  if (present.every((id, i) => tail[i] === id)) return;
  for (const id of present) map.moveLayer(id);
}

/** Whether a MapLibre layer id is one of deck.gl's interleaved layer groups (`@deck.gl/maplibre`). */
export function isDeckLayerGroup(id: string): boolean {
  return id.startsWith('deck-maplibre-layer-group');
}
