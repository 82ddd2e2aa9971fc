import { describe, expect, it } from 'vitest';
import {
  addStopFromCamera, cleanDocument, draftPlayable, emptyDocument, freeStopId, moveStop, publishCheck, removeStop, setText, updateStop,
} from '../../../../src/heritage/ui/editor/draftDocument.ts';
import type { TourDocument } from '../../../../src/heritage/ui/toursApi.ts';

const camera = { lonDeg: 107.580571234567, latDeg: 16.465303, heightM: 110.04, headingDeg: -32, pitchDeg: -25.04 };
const doc = (): TourDocument => ({
  title: { vi: 'Tour', en: 'Tour' },
  stops: ['a', 'b', 'c'].map((id) => ({ id, title: { vi: id, en: id }, narration: { vi: `${id} vi`, en: `${id} en` }, durationS: 10 })),
});

describe('tour draft edits', () => {
  it('reorders stops (drag or up/down), clamping, and leaves the document alone when nothing moves', () => {
    expect(moveStop(doc(), 0, 2).stops.map((s) => s.id)).toEqual(['b', 'c', 'a']);
    expect(moveStop(doc(), 2, 1).stops.map((s) => s.id)).toEqual(['a', 'c', 'b']);
    expect(moveStop(doc(), 1, 99).stops.map((s) => s.id)).toEqual(['a', 'c', 'b']);
    const d = doc();
    expect(moveStop(d, 1, 1)).toBe(d);
  });

  it('adds a stop from the camera with a free id, rounded view and the layers shown', () => {
    const d = addStopFromCamera(updateStop(doc(), 0, { id: 'stop-4' }), camera, ['heritage-monuments']);
    const added = d.stops[3];
    expect(added.id).toBe('stop-5');
    expect(added.view).toEqual({ lonDeg: 107.5805712, latDeg: 16.465303, heightM: 110, headingDeg: 328, pitchDeg: -25 });
    expect(added.layers).toEqual(['heritage-monuments']);
    expect(added.durationS).toBe(30);
    expect(freeStopId([])).toBe('stop-1');
    expect(removeStop(d, 0).stops).toHaveLength(3);
  });

  it('drops blank texts before saving (the schema wants non-empty strings)', () => {
    let d = updateStop(doc(), 1, { title: setText({ vi: 'b' }, 'fr', '   '), narration: setText({ vi: ' b vi ' }, 'ja', '') });
    d = { ...d, title: setText(d.title, 'ko', '') };
    const clean = cleanDocument(d);
    expect(clean.title).toEqual({ vi: 'Tour', en: 'Tour' });
    expect(clean.stops[1].title).toEqual({ vi: 'b' });
    expect(clean.stops[1].narration).toEqual({ vi: 'b vi' });
    expect(cleanDocument(emptyDocument())).toEqual({ title: {}, stops: [] });
  });

  it('flags missing translations: vi/en block publishing, other languages warn', () => {
    const d = updateStop(doc(), 2, { narration: { vi: 'c vi' }, title: { vi: 'c', en: 'c', fr: 'c' } });
    const check = publishCheck(d, ['fr']);
    expect(check.required).toEqual([{ stopIndex: 2, field: 'narration', lang: 'en' }]);
    expect(check.optional.every((m) => m.lang === 'fr')).toBe(true);
    expect(check.optional).toContainEqual({ stopIndex: -1, field: 'title', lang: 'fr' });
    expect(check.optional).not.toContainEqual({ stopIndex: 2, field: 'title', lang: 'fr' });
    expect(publishCheck(doc(), []).required).toEqual([]);
  });

  it('previews the draft as a playable tour', () => {
    const tour = draftPlayable('my-tour', addStopFromCamera(doc(), camera));
    expect(tour.id).toBe('my-tour');
    expect(tour.version).toBeUndefined();
    expect(tour.stops[3].camera?.lonDeg).toBeCloseTo(107.5805712, 7);
    expect(tour.languages).toEqual(['vi', 'en']);
  });
});
