/**
 * Loads the sample tours of `tours/*.json` on start (like seedScenarios): a new file becomes a tour
 * (id = file name without `.json`) published as version 1 by the user `seed`; a changed file
 * becomes the draft and a new published version unless the draft was edited through the API since
 * (a warning says so). A tour that cannot be published (e.g. its monuments are not in the catalog)
 * stays a draft, with a warning. `monuments.json` and `*.schema.json` are not tours.
 */
import type { Database } from '../db/Database.ts';
import { readSeedDocuments } from '../readSeedDocuments.ts';
import { validateTour } from '../../heritage/tour/validateTour.ts';
import { MONUMENT_REGISTRY_FILE } from './monumentRegistry.ts';
import { publishChecked } from './publishTour.ts';
import { createTour, getDraft, saveDraft, setTourSeedHash, tourSeedState } from './tourStore.ts';

/** Username recorded for seeded drafts and versions. */
export const TOUR_SEED_USER = 'seed';

/** Whether a file in the tours folder is a tour document. */
export function isTourFile(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.schema.json') && name !== MONUMENT_REGISTRY_FILE;
}

/** Seeds tours from `dir` (missing folder: nothing to do); returns warnings. Throws StartupError for an invalid file. */
export async function seedTours(db: Database, dir: string, onProgress: (line: string) => void = () => undefined): Promise<string[]> {
  const warnings: string[] = [];
  for (const { file, name, id, hash, document } of await readSeedDocuments(dir, isTourFile, validateTour)) {
    const state = await tourSeedState(db, id);
    if (state && state.seedHash === hash) continue;
    if (state && state.draftUpdatedBy !== TOUR_SEED_USER) {
      warnings.push(`${file} changed, but tour "${id}" was edited through the API; the file was not loaded`);
      continue;
    }
    if (!state) await createTour(db, id, document, TOUR_SEED_USER);
    else await saveDraft(db, id, document, TOUR_SEED_USER, (await getDraft(db, id))!.revision);
    const published = await publishChecked(db, id, TOUR_SEED_USER, { note: `seeded from ${name}` });
    if (published.kind === 'invalid') {
      // E.g. a catalog without the heritage-monuments layer: the tour stays an unpublished draft and is tried again on the next start.
      const first = published.missing.length > 0 ? published.detail : `Not published: ${published.errors.slice(0, 2).join('; ')}${published.errors.length > 2 ? ` (and ${published.errors.length - 2} more)` : ''}`;
      warnings.push(`${file}: tour "${id}" was loaded as a draft but not published: ${first}`);
      continue;
    }
    await setTourSeedHash(db, id, hash);
    onProgress(published.kind === 'published' ? `seeded tour ${id} (version ${published.version.version})` : `tour ${id}: file unchanged in content`);
  }
  return warnings;
}
