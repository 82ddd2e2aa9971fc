/** The monument registry file: valid, one entry per monument of the layer, six names each, honest provenance. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOUR_LANGUAGES } from '../../../src/heritage/languages.ts';
import { monumentRegistrySchema } from '../../../src/heritage/registry/monumentRegistrySchema.ts';
import { validateMonumentRegistry } from '../../../src/heritage/registry/validateMonumentRegistry.ts';

const registry = JSON.parse(readFileSync('tours/monuments.json', 'utf8'));
const layer = JSON.parse(readFileSync('layers/heritage-monuments.geojson', 'utf8')) as { features: Array<{ id: string; properties: { built: number } }> };

describe('tours/monuments.json', () => {
  it('is valid and in step with tours/monuments.schema.json', () => {
    expect(validateMonumentRegistry(registry)).toMatchObject({ ok: true });
    expect(JSON.parse(readFileSync('tours/monuments.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(monumentRegistrySchema)));
  });

  it('has one entry per monument of the heritage-monuments layer, with names in all six languages', () => {
    const ids = registry.monuments.map((m: { id: string }) => m.id).sort();
    expect(ids).toEqual(layer.features.map((f) => f.id).sort());
    for (const m of registry.monuments) expect(Object.keys(m.name).sort(), m.id).toEqual([...TOUR_LANGUAGES].sort());
  });

  it('agrees with the layer on the year built, marks every entry unverified and no translation as official', () => {
    for (const m of registry.monuments) {
      const feature = layer.features.find((f) => f.id === m.id)!;
      expect(m.period.startYear, m.id).toBe(feature.properties.built);
      expect(m.verified, m.id).toBe(false);
      expect(Object.values(m.translations), m.id).not.toContain('official');
      expect(m.sources.length, m.id).toBeGreaterThan(0);
    }
  });

  it('reports problems by field', () => {
    const broken = { monuments: [{ ...registry.monuments[0], name: { vi: 'x' } }, registry.monuments[0]] };
    const r = validateMonumentRegistry(broken);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual(['monuments[0].name.en is required']);
    const twice = validateMonumentRegistry({ monuments: [registry.monuments[0], registry.monuments[0]] });
    expect(!twice.ok && twice.errors).toEqual(['monuments[1].id "kinh-thanh" is used twice']);
  });
});
