/** Reads a file of any supported format into features (the reader is picked by format). */
import { ImportError, type ReadResult } from './ImportFeature.ts';
import type { ImportFormat } from './ImportFormat.ts';
import { OSM_LAYERS, type OsmLayer } from './readers/osmToFeatures.ts';
import { readCsv } from './readers/readCsv.ts';
import { readGeoJson } from './readers/readGeoJson.ts';
import { readGeoPackage } from './readers/readGeoPackage.ts';
import { readOsmPbf } from './readers/readOsmPbf.ts';
import { readOsmXml } from './readers/readOsmXml.ts';
import { readShapefileZip } from './readers/readShapefileZip.ts';

/** Options for {@link readImportFile}. */
export interface ReadOptions {
  /** Shapefile in a zip / GeoPackage table / OSM layer (buildings, roads, waterways, pois; default buildings). */
  layer?: string;
}

function text(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function osmLayer(layer: string | undefined): OsmLayer {
  if (layer === undefined) return 'buildings';
  if (!(OSM_LAYERS as readonly string[]).includes(layer)) throw new ImportError(`unknown OSM layer "${layer}"; use one of ${OSM_LAYERS.join(', ')}`);
  return layer as OsmLayer;
}

/** Reads `bytes` as `format`; throws ImportError when the file cannot be read as a whole. */
export async function readImportFile(bytes: Uint8Array, format: ImportFormat, options: ReadOptions = {}): Promise<ReadResult> {
  switch (format) {
    case 'geojson':
      return readGeoJson(text(bytes));
    case 'csv':
      return readCsv(text(bytes));
    case 'shapefile':
      return readShapefileZip(bytes, options.layer);
    case 'gpkg':
      return readGeoPackage(bytes, options.layer);
    case 'osm':
      return readOsmXml(text(bytes), osmLayer(options.layer));
    case 'osmpbf':
      return readOsmPbf(bytes, osmLayer(options.layer));
  }
}
