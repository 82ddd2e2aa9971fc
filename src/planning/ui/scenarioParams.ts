/**
 * The scenario tools' URL parameters, so a link reproduces the view: `scenario=<id>` (absent: the
 * baseline), `colour=compliance|use|height|year` (default compliance), `compare=1` (split view on)
 * and `split=<0–1>` (divider position, default 0.5).
 */
import { isColourBy, type ColourBy } from './buildingColours.ts';

/** Decoded scenario parameters. */
export interface ScenarioParams {
  scenarioId?: string;
  colourBy: ColourBy;
  compare: boolean;
  /** Divider position, fraction of the view width (0.02–0.98). */
  split: number;
}

/** Default divider position (the middle). */
export const DEFAULT_SPLIT = 0.5;

/** Reads the parameters (unknown values fall back to the defaults). */
export function parseScenarioParams(params: Readonly<Record<string, string>>): ScenarioParams {
  const split = Number(params.split);
  return {
    scenarioId: params.scenario || undefined,
    colourBy: isColourBy(params.colour) ? params.colour : 'compliance',
    compare: params.compare === '1',
    split: Number.isFinite(split) && split >= 0.02 && split <= 0.98 ? split : DEFAULT_SPLIT,
  };
}
