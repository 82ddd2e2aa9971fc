/** Reads the registered viewpoints (`viewpoints.json` in the scenarios folder); none when the file is missing. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Viewpoint } from '../../planning/Viewpoint.ts';

/** Viewpoints of `<scenariosDir>/viewpoints.json`. */
export async function readViewpoints(scenariosDir: string): Promise<Viewpoint[]> {
  let text: string;
  try {
    text = await readFile(path.join(scenariosDir, 'viewpoints.json'), 'utf8');
  } catch {
    return [];
  }
  const doc = JSON.parse(text) as { viewpoints?: Viewpoint[] };
  return doc.viewpoints ?? [];
}
