/** Keeps the scenario session in step with the URL: loads the index once and the scenario named by `scenario=`. */
import { useEffect } from 'react';
import { loadScenarioIndex, scenarioSession, selectScenario } from '../scenarioSession.ts';

/** Selects `scenarioId` (undefined: baseline) whenever it changes; loads the list and baseline compliance once. */
export function useScenarioSelection(scenarioId: string | undefined): void {
  useEffect(() => {
    if (!scenarioSession().baseline) void loadScenarioIndex();
  }, []);
  useEffect(() => {
    // While a new scenario is being drafted the URL has no id: keep the draft.
    if (scenarioId === undefined && scenarioSession().draft && !scenarioSession().draft?.id) return;
    void selectScenario(scenarioId);
  }, [scenarioId]);
}
