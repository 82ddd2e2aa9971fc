import { describe, expect, it } from 'vitest';
import { parseCrs } from '../../../../src/geo/crs/parseCrs.ts';
import { CRS84, EPSG_3857, EPSG_4326, EPSG_4756, EPSG_9214, SUPPORTED_CRS } from '../../../../src/geo/crs/supportedCrs.ts';

describe('parseCrs', () => {
  it('finds every supported CRS by its OGC URI and by its CURIE', () => {
    for (const crs of SUPPORTED_CRS) {
      expect(parseCrs(crs.uri)).toBe(crs);
      expect(parseCrs(crs.curie)).toBe(crs);
      expect(parseCrs(`[${crs.curie}]`)).toBe(crs);
    }
  });

  it('accepts the URI forms OGC API – Features Part 2 uses', () => {
    expect(parseCrs('http://www.opengis.net/def/crs/OGC/1.3/CRS84')).toBe(CRS84);
    expect(parseCrs('http://www.opengis.net/def/crs/EPSG/0/4326')).toBe(EPSG_4326);
    expect(parseCrs('http://www.opengis.net/def/crs/EPSG/0/3857')).toBe(EPSG_3857);
    expect(parseCrs('http://www.opengis.net/def/crs/EPSG/0/9214')).toBe(EPSG_9214);
    expect(parseCrs('  http://www.opengis.net/def/crs/EPSG/0/4756 ')).toBe(EPSG_4756);
  });

  it('accepts CURIEs, safe CURIEs and OGC URNs, authority case-insensitive', () => {
    expect(parseCrs('EPSG:9214')).toBe(EPSG_9214);
    expect(parseCrs('[EPSG:9214]')).toBe(EPSG_9214);
    expect(parseCrs('epsg:9214')).toBe(EPSG_9214);
    expect(parseCrs('OGC:CRS84')).toBe(CRS84);
    expect(parseCrs('[OGC:CRS84]')).toBe(CRS84);
    expect(parseCrs('urn:ogc:def:crs:EPSG::4326')).toBe(EPSG_4326);
    expect(parseCrs('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe(CRS84);
  });

  it('returns undefined for unknown, unsupported or malformed values', () => {
    for (const value of [
      '',
      'EPSG:32648', // WGS 84 / UTM 48N: real, but not offered
      'http://www.opengis.net/def/crs/EPSG/0/32648',
      'http://www.opengis.net/def/crs/EPSG/0/',
      'http://www.opengis.net/def/crs/EPSG/9.9/9214', // EPSG URIs use version 0
      'http://www.opengis.net/def/crs/OGC/1.3/CRS83',
      'http://example.com/def/crs/EPSG/0/9214',
      'EPSG:abc',
      'EPSG:9214.5',
      'EPSG:',
      '9214',
      'CRS84',
      'ESRI:102100',
      '[EPSG:9214',
      'EPSG:9214]',
      'EPSG::9214',
    ]) {
      expect(parseCrs(value), value).toBeUndefined();
    }
  });
});
