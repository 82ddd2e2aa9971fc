/**
 * Content-addressed storage of asset files: `<DATA_DIR>/heritage-assets/<sha256[0..2]>/<sha256>`.
 * A file is written once (to a temp name, then renamed), so equal uploads share it and a stored
 * file never changes under its name.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Folder of asset files under the data directory. */
export const ASSET_FILES_DIR = 'heritage-assets';

/** SHA-256 of `bytes`, lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Where the file with checksum `sha256` lives. */
export function assetFilePath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256 checksum: ${sha256}`);
  return path.join(dataDir, ASSET_FILES_DIR, sha256.slice(0, 2), sha256);
}

/** Stores `bytes` (once) and returns their checksum and path. */
export async function storeAssetFile(dataDir: string, bytes: Uint8Array): Promise<{ sha256: string; file: string }> {
  const sha256 = sha256Hex(bytes);
  const file = assetFilePath(dataDir, sha256);
  const exists = await stat(file).then((s) => s.size === bytes.length, () => false);
  if (!exists) {
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${randomUUID()}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, file);
  }
  return { sha256, file };
}
