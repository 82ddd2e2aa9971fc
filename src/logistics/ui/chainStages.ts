/**
 * The ten stages of the logistics chain (Huế's logistics plan), the `stages=` URL parameter that
 * filters facilities by stage, and the filter itself. Pure.
 */

/** Chain stages, in chain order (ids as in `logistics-facilities.stages`). */
export const CHAIN_STAGES = [
  'production',
  'packaging-labelling',
  'certificate-of-origin',
  'inland-transport',
  'customs',
  'warehousing',
  'port-handling',
  'international-transport',
  'inspection',
  'delivery',
] as const;

/** One chain stage id. */
export type ChainStage = (typeof CHAIN_STAGES)[number];

const KNOWN: ReadonlySet<string> = new Set(CHAIN_STAGES);

/** Whether `s` is a chain stage id. */
export function isChainStage(s: string): s is ChainStage {
  return KNOWN.has(s);
}

/**
 * The stages selected by a `stages=` value: absent → all stages (no filter); empty → none;
 * otherwise the known ids listed (comma-separated), in chain order. Unknown ids are dropped.
 */
export function parseStagesParam(value: string | undefined): Set<ChainStage> {
  if (value === undefined) return new Set(CHAIN_STAGES);
  const listed = new Set(value.split(',').map((s) => s.trim()));
  return new Set(CHAIN_STAGES.filter((s) => listed.has(s)));
}

/** The `stages=` value for a selection: undefined (parameter removed) when every stage is selected. */
export function stagesParam(selected: ReadonlySet<ChainStage>): string | undefined {
  if (CHAIN_STAGES.every((s) => selected.has(s))) return undefined;
  return CHAIN_STAGES.filter((s) => selected.has(s)).join(',');
}

/** A facility's stages from its properties: the `stages` array, or `stages_csv` (vector tiles carry no arrays). */
export function facilityStages(properties: Record<string, unknown> | null | undefined): ChainStage[] {
  const raw = properties?.stages;
  let list: unknown[] = [];
  if (Array.isArray(raw)) list = raw;
  else if (typeof raw === 'string' && raw.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed)) list = parsed;
    } catch {
      list = [];
    }
  } else if (typeof properties?.stages_csv === 'string') list = properties.stages_csv.split(',');
  return list.map((s) => String(s).trim()).filter(isChainStage);
}

/** Whether a facility is shown for the selected stages: it takes part in at least one of them. */
export function facilityMatchesStages(properties: Record<string, unknown> | null | undefined, selected: ReadonlySet<ChainStage>): boolean {
  return facilityStages(properties).some((s) => selected.has(s));
}

/** The facilities shown for a stage selection (all of them when every stage is selected, even those without stages). */
export function filterFacilitiesByStages<F extends { properties: Record<string, unknown> | null }>(features: readonly F[], selected: ReadonlySet<ChainStage>): F[] {
  if (CHAIN_STAGES.every((s) => selected.has(s))) return [...features];
  return features.filter((f) => facilityMatchesStages(f.properties, selected));
}
