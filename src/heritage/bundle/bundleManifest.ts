/**
 * The manifest of an offline tour bundle (`manifest.json` in the zip): every file with its size and
 * SHA-256, the tour and version it holds, and the total size. Lets a kiosk operator check a copied
 * USB stick, and tests check that the bundle holds what tour.json references.
 */

/** One file of the bundle. */
export interface BundleFile {
  /** Path inside the zip, with forward slashes, no leading slash. */
  path: string;
  bytes: number;
  sha256: string;
}

/** manifest.json. */
export interface BundleManifest {
  tour: string;
  /** Published version, or null for a draft preview. */
  version: number | null;
  createdAt: string;
  files: BundleFile[];
  /** Sum of the files' sizes (uncompressed), bytes. */
  totalBytes: number;
}

/** Whether `path` is a safe relative path inside a bundle (no `..`, no absolute path, no backslash). */
export function isBundlePath(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !path.includes('\\') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** Builds the manifest; files sorted by path. Throws for an unsafe or duplicate path (a programming error). */
export function bundleManifest(tour: string, version: number | null, files: BundleFile[], createdAt: Date): BundleManifest {
  const seen = new Set<string>();
  for (const f of files) {
    if (!isBundlePath(f.path)) throw new Error(`unsafe bundle path "${f.path}"`);
    if (seen.has(f.path)) throw new Error(`bundle path "${f.path}" appears twice`);
    seen.add(f.path);
  }
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { tour, version, createdAt: createdAt.toISOString(), files: sorted, totalBytes: sorted.reduce((n, f) => n + f.bytes, 0) };
}

/** The paths a served tour references that a bundle must contain (asset URLs and layer URLs, already relative). */
export function referencedPaths(tour: { assets: Record<string, { url: string }>; layers: Record<string, { url: string | null }> }): string[] {
  return [...new Set([...Object.values(tour.assets).map((a) => a.url), ...Object.values(tour.layers).flatMap((l) => (l.url ? [l.url] : []))])].sort();
}
