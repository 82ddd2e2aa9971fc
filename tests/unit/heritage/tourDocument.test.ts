/** Tour documents: schema validation naming the field, the sample files, the JSON Schema copy, asset references. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tourAssetIds, tourAssetRefs } from '../../../src/heritage/tour/tourAssetRefs.ts';
import { tourSchema } from '../../../src/heritage/tour/tourSchema.ts';
import { validateTour } from '../../../src/heritage/tour/validateTour.ts';
import { isTourFile } from '../../../src/server/heritage/seedTours.ts';
import { twoStopTour } from './fixtures.ts';

const errorsOf = (doc: unknown) => {
  const r = validateTour(doc);
  return r.ok ? [] : r.errors;
};

describe('validateTour', () => {
  it('accepts the sample tours and the test fixture', () => {
    const files = readdirSync('tours').filter(isTourFile);
    expect(files).toContain('imperial-city-one-hour.json');
    for (const f of files) expect(errorsOf(JSON.parse(readFileSync(`tours/${f}`, 'utf8'))), f).toEqual([]);
    expect(errorsOf(twoStopTour())).toEqual([]);
  });

  it('names the field of every problem', () => {
    expect(errorsOf({})).toEqual(['title is required', 'stops is required']);
    expect(errorsOf({ title: { vi: 'x' }, stops: [] })).toEqual(['stops must NOT have fewer than 1 items']);
    const doc = twoStopTour();
    expect(errorsOf({ ...doc, stops: [{ ...doc.stops[0], durationS: 2 }] })).toEqual(['stops[0].durationS must be >= 3']);
    expect(errorsOf({ ...doc, stops: [{ ...doc.stops[0], title: { vi: 'a', de: 'b' } }] })).toEqual(['stops[0].title.de is not a known field (languages: vi, en, fr, ja, ko, zh)']);
    expect(errorsOf({ ...doc, stops: [{ ...doc.stops[0], view: { ...doc.stops[0]!.view, pitchDeg: -91 } }] })).toEqual(['stops[0].view.pitchDeg must be >= -90']);
    expect(errorsOf({ ...doc, stops: [{ ...doc.stops[0], audio: { vi: 'not-an-asset' } }] })).toEqual(['stops[0].audio.vi must match ^a-[A-Za-z0-9-]+$']);
    expect(errorsOf({ ...doc, translations: { vi: 'google' } })).toEqual(['translations.vi must be one of original, official, author, machine']);
  });

  it('checks what the schema cannot: unique stop ids, a view or a panorama per stop', () => {
    const doc = twoStopTour();
    expect(errorsOf({ ...doc, stops: [doc.stops[0], doc.stops[0]] })).toEqual(['stops[1].id "a" is used by an earlier stop']);
    const { view: _view, ...noView } = doc.stops[0]!;
    expect(errorsOf({ ...doc, stops: [noView] })).toEqual(['stops[0].view is required when the stop has no panorama']);
    expect(errorsOf({ ...doc, stops: [{ ...noView, panorama: 'a-1' }] })).toEqual([]);
  });

  it('keeps tours/tour.schema.json in step with the TS schema', () => {
    expect(JSON.parse(readFileSync('tours/tour.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(tourSchema)));
  });
});

describe('tourAssetRefs', () => {
  it('lists panoramas, audio per language and media with the field and the kind each must be', () => {
    const doc = twoStopTour();
    doc.stops[0]!.audio = { vi: 'a-voice-vi', en: 'a-voice-en' };
    doc.stops[0]!.media = [{ asset: 'a-model' }, { asset: 'a-voice-vi' }];
    doc.stops[1]!.panorama = 'a-pano';
    expect(tourAssetRefs(doc)).toEqual([
      { field: 'stops[0].audio.vi', assetId: 'a-voice-vi', kind: 'audio' },
      { field: 'stops[0].audio.en', assetId: 'a-voice-en', kind: 'audio' },
      { field: 'stops[0].media[0].asset', assetId: 'a-model' },
      { field: 'stops[0].media[1].asset', assetId: 'a-voice-vi' },
      { field: 'stops[1].panorama', assetId: 'a-pano', kind: 'panorama' },
    ]);
    expect(tourAssetIds(doc)).toEqual(['a-voice-vi', 'a-voice-en', 'a-model', 'a-pano']);
  });
});
