/**
 * Canvas images of station markers: a disc in the AQI category colour with the AQI number, cached
 * per look (so 30 stations of a few categories share a handful of textures).
 */
import type { StationBadge } from '../stations/stationBadge.ts';

const cache = new Map<string, HTMLCanvasElement>();

/** Marker diameter in CSS pixels. */
export const BADGE_SIZE = 34;

/** A key naming a marker's look (the texture-atlas id of its image). */
export function badgeKey(badge: StationBadge, selected: boolean): string {
  return `env-badge|${badge.text}|${badge.fill}|${badge.ink}|${selected}`;
}

/** The marker image of a badge (`selected` adds a white ring). */
export function badgeCanvas(badge: StationBadge, selected: boolean): HTMLCanvasElement {
  const key = badgeKey(badge, selected);
  const hit = cache.get(key);
  if (hit) return hit;
  const scale = 2; // drawn at 2× for sharp text
  const size = BADGE_SIZE * scale;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  const r = size / 2;
  ctx.beginPath();
  ctx.arc(r, r, r - 3 * scale, 0, Math.PI * 2);
  ctx.fillStyle = badge.fill;
  ctx.fill();
  ctx.lineWidth = (selected ? 3 : 1.5) * scale;
  ctx.strokeStyle = selected ? '#ffffff' : 'rgba(0,0,0,0.65)';
  ctx.stroke();
  ctx.fillStyle = badge.ink;
  ctx.font = `700 ${(badge.text.length > 2 ? 12 : 14) * scale}px system-ui, "Segoe UI", Roboto, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(badge.text, r, r + scale);
  if (cache.size > 600) cache.clear();
  cache.set(key, canvas);
  return canvas;
}
