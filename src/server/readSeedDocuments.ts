/**
 * Reads the sample documents a folder seeds on start (scenarios, tours): every file `isDocument`
 * accepts, in name order, parsed and validated, with its id (file name without `.json`) and the
 * SHA-256 of its text (to tell a changed file from one already loaded). A missing folder has no
 * documents; a file that is not JSON or not valid stops the start with a {@link StartupError}
 * naming the file and its first fault.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { StartupError } from './StartupError.ts';

/** One seed document. */
export interface SeedDocument<T> {
  /** Path of the file. */
  file: string;
  /** File name, e.g. `heritage-guesthouse.json`. */
  name: string;
  /** The file name without `.json`. */
  id: string;
  /** SHA-256 (hex) of the file's text. */
  hash: string;
  document: T;
}

/** A validator in the house form: the document, or every fault. */
export type Validate<T> = (input: unknown) => { ok: true; document: T } | { ok: false; errors: string[] };

/** The seed documents of `dir`. */
export async function readSeedDocuments<T>(dir: string, isDocument: (name: string) => boolean, validate: Validate<T>): Promise<SeedDocument<T>[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isDocument).sort();
  } catch {
    return [];
  }
  const documents: SeedDocument<T>[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const text = await readFile(file, 'utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new StartupError(`${file}: not valid JSON (${(error as Error).message})`);
    }
    const checked = validate(parsed);
    if (!checked.ok) throw new StartupError(`${file}: ${checked.errors[0]}${checked.errors.length > 1 ? ` (and ${checked.errors.length - 1} more)` : ''}`);
    documents.push({ file, name, id: name.slice(0, -'.json'.length), hash: createHash('sha256').update(text).digest('hex'), document: checked.document });
  }
  return documents;
}
