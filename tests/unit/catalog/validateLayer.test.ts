/** validateLayer: errors name the file and JSON path, unknown keys are reported, unknown types only warn. */
import { describe, expect, it } from 'vitest';
import { validateLayer } from '../../../src/catalog/validateLayer.ts';
import { SECTORS, sectorsFor } from '../../../src/catalog/LayerDefinition.ts';

/** A minimal valid layer document (a geojson layer with a data file). */
function validDoc(): Record<string, unknown> {
  return {
    id: 'test-layer',
    title: { vi: 'Lớp thử', en: 'Test layer' },
    sector: 'base',
    type: 'geojson',
    data: 'test-layer.geojson',
    geometryType: 'Point',
    source: { name: 'test', synthetic: true },
    licence: 'CC0',
    style: { fillColor: '#112233' },
    legend: [{ label: { vi: 'Điểm', en: 'Point' }, color: '#112233', shape: 'point' }],
  };
}

describe('validateLayer', () => {
  it('accepts a minimal valid document without warnings', () => {
    const result = validateLayer('layers/test-layer.json', validDoc());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings).toEqual([]);
  });

  it('rejects a broken document with errors naming the file and the JSON path', () => {
    const doc = validDoc();
    doc.sector = 'tourism';
    (doc.style as Record<string, unknown>).fillColor = 'blue';
    delete doc.licence;
    const result = validateLayer('layers/broken.json', doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.every((e) => e.startsWith('layers/broken.json: '))).toBe(true);
    expect(result.errors).toContain(
      'layers/broken.json: /sector must be one of: base, planning, environment, logistics, heritage, transport',
    );
    expect(result.errors.some((e) => e.includes('/style/fillColor') && e.includes('pattern'))).toBe(true);
    expect(result.errors.some((e) => e.includes("must have required property 'licence'"))).toBe(true);
  });

  it('reports unknown keys at the root and inside nested objects', () => {
    const doc = validDoc();
    doc.colour = '#ff0000';
    (doc.source as Record<string, unknown>).year = 2025;
    const result = validateLayer('layers/extra.json', doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('layers/extra.json: unknown key "colour"');
    expect(result.errors).toContain('layers/extra.json: /source: unknown key "year"');
  });

  it('rejects a bad id, an empty legend and a title without Vietnamese', () => {
    const doc = validDoc();
    doc.id = 'Bad Id';
    doc.legend = [];
    doc.title = { en: 'Only English' };
    const result = validateLayer('layers/bad.json', doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.startsWith('layers/bad.json: /id '))).toBe(true);
    expect(result.errors.some((e) => e.startsWith('layers/bad.json: /legend '))).toBe(true);
    expect(result.errors.some((e) => e.startsWith('layers/bad.json: /title ') && e.includes("'vi'"))).toBe(true);
  });

  it('treats an unknown layer type as a warning, not an error', () => {
    const doc = validDoc();
    doc.type = 'hologram';
    const result = validateLayer('layers/odd.json', doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^layers\/odd\.json: unknown layer type "hologram"/);
  });

  it('warns when a geojson layer has no data file', () => {
    const doc = validDoc();
    delete doc.data;
    const result = validateLayer('layers/nodata.json', doc);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings).toEqual(['layers/nodata.json: layer type "geojson" needs a "data" file or a "generator"']);
  });

  it('returns errors instead of throwing for input that is not an object', () => {
    for (const doc of [null, 42, 'layer', []]) {
      const result = validateLayer('layers/junk.json', doc);
      expect(result.ok).toBe(false);
    }
  });
});

describe('sectorsFor', () => {
  it('lists the workspace sector first and every sector once', () => {
    expect(sectorsFor('logistics')).toEqual(['logistics', 'planning', 'environment', 'heritage', 'transport', 'base']);
    expect(sectorsFor('planning')).toEqual([...SECTORS]);
  });
});
