/**
 * Loads the sample scenario documents of `scenarios/*.json` into the database on start: a new file
 * becomes a scenario (id = file name without `.json`); a changed file becomes a new version unless
 * the scenario was edited through the API since (a warning says so). `viewpoints.json` and
 * `*.schema.json` are not scenarios.
 */
import type { Database } from '../db/Database.ts';
import { readSeedDocuments } from '../readSeedDocuments.ts';
import { validateScenario } from '../../planning/scenario/validateScenario.ts';
import { createScenario, saveScenarioVersion, scenarioSeedState } from './scenarioStore.ts';

/** Username recorded for seeded versions. */
export const SEED_USER = 'seed';

/** Whether a file in the scenarios folder is a scenario document. */
export function isScenarioFile(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.schema.json') && name !== 'viewpoints.json';
}

/** Seeds scenarios from `dir` (missing folder: nothing to do); returns warnings. Throws StartupError for an invalid file. */
export async function seedScenarios(db: Database, dir: string, onProgress: (line: string) => void = () => undefined): Promise<string[]> {
  const warnings: string[] = [];
  for (const { file, name, id, hash, document } of await readSeedDocuments(dir, isScenarioFile, validateScenario)) {
    const state = await scenarioSeedState(db, id);
    if (!state) {
      await createScenario(db, id, document, SEED_USER, hash);
      onProgress(`seeded scenario ${id}`);
    } else if (state.seedHash !== hash) {
      if (state.updatedBy !== SEED_USER) warnings.push(`${file} changed, but scenario "${id}" was edited through the API; the file was not loaded`);
      else {
        await saveScenarioVersion(db, id, document, SEED_USER, hash);
        onProgress(`updated scenario ${id} from ${name}`);
      }
    }
  }
  return warnings;
}
