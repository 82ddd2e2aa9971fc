/**
 * Moves the given style layers (those present) to the top of the map, in the given order, when
 * they are not already there — e.g. labels above layers added later by the catalog or deck.gl.
 * A no-op when the order is right, so it can run on every `styledata`.
 */
export function keepLayersOnTop(map: { getLayersOrder(): string[]; moveLayer(id: string): unknown }, ids: readonly string[]): void {
  const order = map.getLayersOrder();
  const present = ids.filter((id) => order.includes(id));
  const tail = order.slice(order.length - present.length);
  if (present.every((id, i) => tail[i] === id)) return;
  for (const id of present) map.moveLayer(id);
}
