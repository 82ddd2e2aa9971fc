/** The legend of the current "colour by" mode. */
import { cssColour, legendFor, type ColourBy } from '../buildingColours.ts';
import type { ScenarioMessageKey } from './scenarioMessages.ts';
import type { ToolTranslate } from '../../../ui/i18n/toolTranslator.ts';

/** Props of {@link ColourLegend}. */
export interface ColourLegendProps {
  mode: ColourBy;
  useColours: Readonly<Record<string, string>>;
  t: ToolTranslate<ScenarioMessageKey>;
}

/** Swatches with labels (translated keys or literal text). */
export function ColourLegend({ mode, useColours, t }: ColourLegendProps) {
  return (
    <ul className="legend" data-testid="scenario-legend">
      {legendFor(mode, useColours).map((entry, i) => (
        <li key={i}>
          <span className="swatch swatch-fill" style={{ background: cssColour(entry.colour) }} />
          {'text' in entry.label ? entry.label.text : t(entry.label.key as ScenarioMessageKey, entry.label.params)}
        </li>
      ))}
    </ul>
  );
}
