/** OSM PBF reader (.osm.pbf, via tiny-osmpbf, in memory); features of one layer via osmToFeatures. */
import tinyOsmPbf from 'tiny-osmpbf';
import { ImportError, type ReadResult } from '../ImportFeature.ts';
import { osmToFeatures, type OsmElement, type OsmLayer } from './osmToFeatures.ts';

/** Reads an OSM PBF file. Throws ImportError when it cannot be decoded. */
export function readOsmPbf(bytes: Uint8Array, layer: OsmLayer = 'buildings'): ReadResult {
  const elements: OsmElement[] = [];
  try {
    tinyOsmPbf(bytes, (element: OsmElement) => {
      elements.push(element);
    });
  } catch (error) {
    throw new ImportError(`not a readable OSM PBF file: ${(error as Error).message}`);
  }
  const { features, warnings } = osmToFeatures(elements, layer);
  return { features, warnings: [`OSM layer "${layer}"`, ...warnings] };
}
