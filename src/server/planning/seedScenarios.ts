/**
 * Loads the sample scenario documents of `scenarios/*.json` into the database on start: a new file
 * becomes a scenario (id = file name without `.json`); a changed file becomes a new version unless
 * the scenario was edited through the API since (a warning says so). `viewpoints.json` and
 * `*.schema.json` are not scenarios.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/Database.ts';
import { StartupError } from '../StartupError.ts';
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
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isScenarioFile).sort();
  } catch {
    return [];
  }
  const warnings: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const text = await readFile(file, 'utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new StartupError(`${file}: not valid JSON (${(error as Error).message})`);
    }
    const checked = validateScenario(parsed);
    if (!checked.ok) throw new StartupError(`${file}: ${checked.errors[0]}${checked.errors.length > 1 ? ` (and ${checked.errors.length - 1} more)` : ''}`);
    const id = name.slice(0, -'.json'.length);
    const hash = createHash('sha256').update(text).digest('hex');
    const state = await scenarioSeedState(db, id);
    if (!state) {
      await createScenario(db, id, checked.document, SEED_USER, hash);
      onProgress(`seeded scenario ${id}`);
    } else if (state.seedHash !== hash) {
      if (state.updatedBy !== SEED_USER) warnings.push(`${file} changed, but scenario "${id}" was edited through the API; the file was not loaded`);
      else {
        await saveScenarioVersion(db, id, checked.document, SEED_USER, hash);
        onProgress(`updated scenario ${id} from ${name}`);
      }
    }
  }
  return warnings;
}
