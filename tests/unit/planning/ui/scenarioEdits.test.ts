/** Editor commands on scenario documents: add, edit, move, delete, rename; footprints from clicks; metre shifts. */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../src/planning/scenario/validateScenario.ts';
import { createStack, execute, undo } from '../../../../src/planning/ui/CommandStack.ts';
import {
  addBuilding, deleteBuilding, footprintFromClicks, metresToDegrees, moveBuilding, newScenarioDocument, nextProposalId, renameScenario, updateBuilding,
} from '../../../../src/planning/ui/scenarioEdits.ts';
import { rect } from '../fixtures.ts';

const building = (id: string) => ({ id, footprint: rect(0, 0, 10, 10), heightM: 9.9, levels: 3, use: 'residential', parcelId: 'p-1' });

describe('scenario edits', () => {
  it('a new scenario is a valid empty document', () => {
    const doc = newScenarioDocument('Test');
    expect(validateScenario(doc).ok).toBe(true);
    expect(nextProposalId(doc)).toBe('new-1');
  });

  it('footprintFromClicks closes the ring and needs three distinct points', () => {
    expect(footprintFromClicks([[107.58, 16.46], [107.581, 16.46]])).toBeUndefined();
    expect(footprintFromClicks([[107.58, 16.46], [107.58, 16.46], [107.581, 16.46], [107.581, 16.46]])).toBeUndefined();
    const fp = footprintFromClicks([[107.58, 16.46], [107.581, 16.46], [107.581, 16.461], [107.581, 16.461]])!;
    expect(fp.coordinates[0]).toEqual([[107.58, 16.46], [107.581, 16.46], [107.581, 16.461], [107.58, 16.46]]);
    // A double click that repeats the first corner does not add it twice.
    const closed = footprintFromClicks([[107.58, 16.46], [107.581, 16.46], [107.581, 16.461], [107.58, 16.46]])!;
    expect(closed.coordinates[0]).toHaveLength(4);
  });

  it('add, edit, delete are undoable and leave a valid document', () => {
    let s = createStack(newScenarioDocument('T'));
    s = execute(s, addBuilding(building('new-1')));
    expect(nextProposalId(s.present)).toBe('new-2');
    s = execute(s, updateBuilding('new-1', { heightM: 20, use: 'commercial' }));
    expect(s.present.newBuildings![0]).toMatchObject({ heightM: 20, use: 'commercial', levels: 3 });
    expect(validateScenario(s.present).ok).toBe(true);
    s = execute(s, updateBuilding('new-1', { levels: undefined }));
    expect('levels' in s.present.newBuildings![0]!).toBe(false);
    s = execute(s, deleteBuilding('new-1'));
    expect(s.present.newBuildings).toEqual([]);
    s = undo(undo(s));
    expect(s.present.newBuildings![0]).toMatchObject({ heightM: 20, levels: 3 });
  });

  it('edits of an unknown id or with equal values change nothing', () => {
    const doc = addBuilding(building('a')).apply(newScenarioDocument('T'));
    expect(updateBuilding('zzz', { heightM: 1 }).apply(doc)).toBe(doc);
    expect(deleteBuilding('zzz').apply(doc)).toBe(doc);
    expect(moveBuilding('a', 0, 0).apply(doc)).toBe(doc);
    expect(renameScenario('T').apply(doc)).toBe(doc);
    expect(updateBuilding('a', { heightM: 9.9 }).apply(doc).newBuildings![0]).toBe(doc.newBuildings![0]);
  });

  it('move shifts every vertex (and MultiPolygon parts) and forgets the parcel', () => {
    const doc = addBuilding(building('a')).apply(newScenarioDocument('T'));
    const moved = moveBuilding('a', 0.001, -0.002).apply(doc).newBuildings![0]!;
    const before = doc.newBuildings![0]!.footprint.coordinates[0] as number[][];
    const after = moved.footprint.coordinates[0] as number[][];
    after.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(before[i]![0]! + 0.001, 10);
      expect(p[1]).toBeCloseTo(before[i]![1]! - 0.002, 10);
    });
    expect(moved.parcelId).toBeUndefined();
    const multi = { ...building('m'), footprint: { type: 'MultiPolygon' as const, coordinates: [rect(0, 0, 5, 5).coordinates, rect(20, 0, 25, 5).coordinates] } };
    const m2 = moveBuilding('m', 0.01, 0).apply(addBuilding(multi).apply(newScenarioDocument('T'))).newBuildings![0]!;
    expect(m2.footprint.type).toBe('MultiPolygon');
    expect((m2.footprint.coordinates as number[][][][])[1]![0]![0]![0]).toBeCloseTo((multi.footprint.coordinates[1]![0]![0]![0] as number) + 0.01, 10);
  });

  it('metresToDegrees: 111.32 m north is 0.001°, east grows with latitude', () => {
    const [dLon, dLat] = metresToDegrees(16.46, 111.32, 111.32);
    expect(dLat).toBeCloseTo(0.001, 9);
    expect(dLon).toBeCloseTo(0.001 / Math.cos((16.46 * Math.PI) / 180), 9);
    expect(metresToDegrees(0, 0, 0)).toEqual([0, 0]);
  });
});
