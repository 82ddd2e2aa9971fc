/**
 * Reads the registered emission sources from the `emission-sources` catalog layer's GeoJSON
 * (`LAYERS_DIR/emission-sources.geojson`): the one file the simulator, the catalog layer and
 * `GET /api/environment/emission-sources` share. A missing file means no registered sources.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseEmissionSources, type EmissionSource } from '../../environment/simulator/emissionSource.ts';
import { StartupError } from '../StartupError.ts';

/** File name of the sources layer's data in the catalog folder. */
export const EMISSION_SOURCES_FILE = 'emission-sources.geojson';

/** The sources file: its GeoJSON as stored, and the parsed sources ([] and null when absent). A broken file is a StartupError naming it. */
export async function loadEmissionSources(layersDir: string): Promise<{ geojson: unknown; sources: EmissionSource[] }> {
  let text: string;
  try {
    text = await readFile(path.join(layersDir, EMISSION_SOURCES_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { geojson: null, sources: [] };
    throw error;
  }
  const file = path.join(layersDir, EMISSION_SOURCES_FILE);
  try {
    const geojson = JSON.parse(text) as unknown;
    return { geojson, sources: parseEmissionSources(geojson) };
  } catch (error) {
    throw new StartupError(`${file}: ${(error as Error).message}; fix the file (docs/simulator.md) or remove it`);
  }
}
