/** OSM XML reader (.osm, streaming SAX parse); features of one layer via osmToFeatures. */
import sax from 'sax';
import { ImportError, type ReadResult } from '../ImportFeature.ts';
import { osmToFeatures, type OsmElement, type OsmLayer } from './osmToFeatures.ts';

/** Reads OSM XML text. Throws ImportError when the XML is malformed or not OSM. */
export function readOsmXml(text: string, layer: OsmLayer = 'buildings'): ReadResult {
  const parser = sax.parser(true, { trim: true });
  const elements: OsmElement[] = [];
  let current: OsmElement | undefined;
  let root: string | undefined;
  let failure: string | undefined;
  parser.onerror = (error) => {
    failure ??= error.message.split('\n')[0];
    parser.resume();
  };
  parser.onopentag = (tag) => {
    const a = tag.attributes as Record<string, string>;
    root ??= tag.name;
    switch (tag.name) {
      case 'node':
        current = { type: 'node', id: Number(a.id), lat: Number(a.lat), lon: Number(a.lon) };
        elements.push(current);
        break;
      case 'way':
        current = { type: 'way', id: Number(a.id), nodes: [] };
        elements.push(current);
        break;
      case 'relation':
        current = { type: 'relation', id: Number(a.id) };
        elements.push(current);
        break;
      case 'nd':
        current?.nodes?.push(Number(a.ref));
        break;
      case 'tag':
        if (current && a.k !== undefined) (current.tags ??= {})[a.k] = a.v ?? '';
        break;
    }
  };
  parser.onclosetag = (name) => {
    if (name === 'node' || name === 'way' || name === 'relation') current = undefined;
  };
  parser.write(text.replace(/^\uFEFF/, '')).close();
  if (failure) throw new ImportError(`malformed OSM XML: ${failure}`);
  if (root !== 'osm') throw new ImportError(`not OSM XML: the root element is <${root ?? 'none'}>, expected <osm>`);
  const { features, warnings } = osmToFeatures(elements, layer);
  return { features, warnings: [`OSM layer "${layer}"`, ...warnings] };
}
