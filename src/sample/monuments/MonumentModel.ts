/** A procedural monument model and how far its dimensions can be trusted. */
import type { ModelMesh } from './ModelMesh.ts';

/** Output of a model function: the mesh (model frame, metres) and its provenance. */
export interface MonumentModel {
  /** Which procedural form it is (`ngo-mon`, `thai-hoa`, `ky-dai`, `phuoc-duyen`, `citadel-gate`, …). */
  form: string;
  mesh: ModelMesh;
  /** Height of the highest point above the ground, metres. */
  heightM: number;
  /** `published`: the main envelope (length, width, height) follows published figures; `approximate`: estimated. */
  dimensions: 'published' | 'approximate';
  /** One line: the figures used, and which of them are estimates. */
  dimensionsNote: string;
}
