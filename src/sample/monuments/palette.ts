/** Colours of the procedural monument models (sRGB 0–255), picked from photographs of Huế. */
import type { Rgb } from './ModelMesh.ts';

/** Named colours of the model parts. */
export const PALETTE = {
  /** Weathered brick/stone of bases and walls. */
  stone: [128, 118, 104],
  /** Darker stone of tall bases (Kỳ Đài, gate blocks). */
  brick: [104, 92, 82],
  /** Light plaster (Hổ Quyền, parapets, stelae). */
  plaster: [208, 198, 176],
  /** Red lacquered columns and wooden walls. */
  lacquer: [140, 38, 30],
  /** Yellow glazed tiles (imperial roofs). */
  yellowTile: [214, 162, 36],
  /** Green glazed tiles (secondary roofs of Ngọ Môn). */
  greenTile: [58, 118, 78],
  /** Dark grey tiles (tombs, gate pavilions). */
  greyTile: [88, 84, 80],
  /** Old red-brown brick of the Phước Duyên tower. */
  towerBrick: [150, 86, 60],
  /** Openings (doors, arches, niches). */
  opening: [36, 30, 28],
  /** Flag red. */
  flagRed: [200, 24, 30],
  /** Yellow (flag star, painted terraces). */
  gold: [236, 196, 40],
  /** Blue painted round terrace of Nam Giao. */
  skyBlue: [90, 130, 180],
} as const satisfies Record<string, Rgb>;
