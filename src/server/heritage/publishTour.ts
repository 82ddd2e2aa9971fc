/**
 * Publishing a tour's draft as a new immutable version, with the checks that guard the public:
 * complete vi and en texts (no override — see docs/tours.md), every referenced asset exists and is
 * of the right kind (pinned to its current version), every monument id exists. Gaps in the other
 * languages come back as warnings. Everything runs in the publish transaction.
 */
import type { Database, Queryable } from '../db/Database.ts';
import { checkTranslations, type MissingTranslation } from '../../heritage/tour/checkTranslations.ts';
import { tourAssetRefs } from '../../heritage/tour/tourAssetRefs.ts';
import type { TourDocument } from '../../heritage/tour/tourSchema.ts';
import { pinAssets } from './assetStore.ts';
import { MONUMENTS_COLLECTION } from './monumentRegistry.ts';
import { publishDraft, type TourVersion } from './tourStore.ts';

/** Outcome of {@link publishChecked}. */
export type PublishOutcome =
  | { kind: 'published'; version: TourVersion; warnings: string[] }
  | { kind: 'invalid'; detail: string; missing: MissingTranslation[]; errors: string[] }
  | { kind: 'not-found' }
  | { kind: 'stale'; revision: number }
  | { kind: 'unchanged'; version: number };

class PublishRefused extends Error {
  constructor(readonly missing: MissingTranslation[], readonly errors: string[]) {
    super('publish refused');
  }
}

async function referenceErrors(tx: Queryable, document: TourDocument): Promise<{ pins: Record<string, number>; errors: string[] }> {
  const refs = tourAssetRefs(document);
  const { pins, kinds, unknown } = await pinAssets(tx, [...new Set(refs.map((r) => r.assetId))]);
  const errors: string[] = [];
  for (const ref of refs) {
    if (unknown.includes(ref.assetId)) errors.push(`${ref.field}: there is no asset "${ref.assetId}"`);
    else if (ref.kind && kinds[ref.assetId] !== ref.kind) errors.push(`${ref.field}: asset "${ref.assetId}" is a ${kinds[ref.assetId]}, not a ${ref.kind}`);
  }
  const monumentIds = [...new Set(document.stops.flatMap((s) => (s.monumentId ? [s.monumentId] : [])))];
  if (monumentIds.length > 0) {
    const found = new Set((await tx.query<{ id: string }>('SELECT id FROM features WHERE collection_id = $1 AND id = ANY($2::text[])', [MONUMENTS_COLLECTION, monumentIds])).map((r) => r.id));
    document.stops.forEach((s, i) => {
      if (s.monumentId && !found.has(s.monumentId)) errors.push(`stops[${i}].monumentId: there is no monument "${s.monumentId}" (GET /api/heritage/monuments lists them)`);
    });
  }
  return { pins, errors };
}

/** Publishes the draft of `id` after the checks; `expectedRevision` (optional) must match the draft's revision. */
export async function publishChecked(db: Database, id: string, by: string, options: { note?: string; expectedRevision?: number } = {}): Promise<PublishOutcome> {
  let warnings: string[] = [];
  try {
    const result = await publishDraft(db, id, by, {
      ...options,
      check: (document) => {
        const report = checkTranslations(document);
        warnings = report.warnings;
        if (report.missing.length > 0) throw new PublishRefused(report.missing, []);
      },
      pin: async (tx, document) => {
        const { pins, errors } = await referenceErrors(tx, document);
        if (errors.length > 0) throw new PublishRefused([], errors);
        return pins;
      },
    });
    if (result.ok) return { kind: 'published', version: result.version, warnings };
    if (result.reason === 'stale') return { kind: 'stale', revision: result.revision };
    if (result.reason === 'unchanged') return { kind: 'unchanged', version: result.version };
    return { kind: 'not-found' };
  } catch (error) {
    if (!(error instanceof PublishRefused)) throw error;
    const missing = error.missing;
    const detail = missing.length > 0
      ? `Not published: ${missing.length} text(s) are missing in the required languages vi and en (${missing.slice(0, 5).map((m) => `${m.field} ${m.language}`).join(', ')}${missing.length > 5 ? ', …' : ''}); add them to the draft and publish again`
      : `Not published: ${error.errors.join('; ')}`;
    return { kind: 'invalid', detail, missing, errors: error.errors };
  }
}
