import type { ToolTranslate } from '../../../ui/i18n/toolTranslator.ts';
import { ANALYSIS_TOOLS, analysisToParams, type AnalysisTool } from '../../analysis/analysisParams.ts';
import type { AnalysisMessageKey } from './analysisMessages.ts';

/** Props of {@link AnalysisToolBar}. */
export interface AnalysisToolBarProps {
  active: AnalysisTool | undefined;
  setParams: (patch: Record<string, string | undefined>) => void;
  t: ToolTranslate<AnalysisMessageKey>;
}

/** One toggle button per analysis tool; choosing one clears the previous tool's inputs. */
export function AnalysisToolBar({ active, setParams, t }: AnalysisToolBarProps) {
  return (
    <div className="analysis-tools" role="group">
      {ANALYSIS_TOOLS.map((tool) => (
        <button
          key={tool}
          type="button"
          className="analysis-tool"
          aria-pressed={active === tool}
          data-tool={tool}
          onClick={() => setParams(analysisToParams(active === tool ? undefined : { tool }))}
        >
          {t(`tool.${tool}`)}
        </button>
      ))}
    </div>
  );
}
