/**
 * The Cesium3DTileStyle that colours the buildings tileset for the planning view. Colour and show
 * are custom expressions (`evaluateColor` / `evaluate`) that look the building id up in a Map: one
 * O(1) look-up per feature. The declarative alternative (a `conditions` list with one
 * `${id} === '…'` entry per violating building) costs O(features × violating buildings) —
 * 82,056 × 1,519 comparisons per restyle here — see docs/planning-ui.md.
 */
import { Cesium3DTileStyle, Color, type Cesium3DTileFeature } from 'cesium';
import { COMPLIANCE_COLOURS, HEIGHT_RAMP, NO_DATA_COLOUR, SELECTED_COLOUR, YEAR_RAMP, hexToRgba, rampColour, type ColourBy, type Rgba } from '../buildingColours.ts';
import type { StatusIndex } from '../complianceStatus.ts';

/** noData of `year_built` in the tiles' property table. */
const YEAR_NO_DATA = -32768;

/** What the style shows. */
export interface BuildingStyleOptions {
  mode: ColourBy;
  index: StatusIndex;
  /** use → `#rrggbb` (the layer's style). */
  useColours: Readonly<Record<string, string>>;
  /** Building drawn in the selection colour. */
  selectedId?: string;
}

const toColor = (c: Rgba, result: Color) => Color.fromBytes(c[0], c[1], c[2], c[3], result);

/** Builds the style for `options`. */
export function buildingStyle({ mode, index, useColours, selectedId }: BuildingStyleOptions): Cesium3DTileStyle {
  const uses = new Map(Object.entries(useColours).map(([k, v]) => [k, hexToRgba(v)]));
  const style = new Cesium3DTileStyle();
  const colourOf = (feature: Cesium3DTileFeature): Rgba => {
    const id = feature.getProperty('id') as string | undefined;
    if (selectedId !== undefined && id === selectedId) return SELECTED_COLOUR;
    switch (mode) {
      case 'compliance':
        return COMPLIANCE_COLOURS[(id !== undefined && index.status.get(id)) || 'ok'];
      case 'use':
        return uses.get(feature.getProperty('use') as string) ?? NO_DATA_COLOUR;
      case 'height':
        return rampColour(HEIGHT_RAMP, Number(feature.getProperty('height_m')));
      case 'year': {
        const year = feature.getProperty('year_built') as number | undefined;
        return year === undefined || year === YEAR_NO_DATA ? NO_DATA_COLOUR : rampColour(YEAR_RAMP, year);
      }
    }
  };
  style.color = { evaluateColor: (feature: Cesium3DTileFeature, result: Color) => toColor(colourOf(feature), result ?? new Color()) } as unknown as Cesium3DTileStyle['color'];
  if (index.hidden.size > 0) {
    style.show = { evaluate: (feature: Cesium3DTileFeature) => !index.hidden.has(feature.getProperty('id') as string) } as unknown as Cesium3DTileStyle['show'];
  }
  return style;
}
