/**
 * Reads the optional `zones` generator option (a list of zoning-zone ids the sample is restricted to).
 */

/** The `zones` option as a string list, or undefined when absent; throws on a malformed value. */
export function zonesOption(options: Record<string, unknown>): string[] | undefined {
  const zones = options.zones;
  if (zones === undefined) return undefined;
  if (!Array.isArray(zones) || !zones.every((z) => typeof z === 'string')) throw new Error('generator option "zones" must be a list of zone ids');
  return zones as string[];
}
