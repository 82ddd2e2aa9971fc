import type { Lang } from '../ui/i18n/messages.ts';
import { toolTranslator, type ToolDictionaries } from '../ui/i18n/toolTranslator.ts';
import type { Engine } from './workspaceEngine.ts';

type EngineSwitchKey = 'label' | 'to2d' | 'to3d';

/** Texts of the switch (kept beside it, like the tools' dictionaries). */
const ENGINE_SWITCH_MESSAGES: ToolDictionaries<EngineSwitchKey> = {
  vi: { label: 'Kiểu xem', to2d: 'Bản đồ 2D (MapLibre + deck.gl)', to3d: 'Cảnh 3D (Cesium)' },
  en: { label: 'View', to2d: '2D map (MapLibre + deck.gl)', to3d: '3D scene (Cesium)' },
};

/** Props of the 2D/3D switch. */
export interface EngineSwitchProps {
  /** The engines the workspace supports (the switch shows only when there are two or more). */
  engines: readonly Engine[];
  current: Engine;
  lang: Lang;
  onChange: (engine: Engine) => void;
}

/** The header's 2D/3D switch, for workspaces that can be shown in both engines; nothing otherwise. */
export function EngineSwitch({ engines, current, lang, onChange }: EngineSwitchProps) {
  if (engines.length < 2) return null;
  const t = toolTranslator(ENGINE_SWITCH_MESSAGES, lang);
  return (
    <div className="lang-switch engine-switch" role="group" aria-label={t('label')} data-testid="engine-switch">
      {[...engines].sort().map((e) => (
        <button
          key={e} type="button" aria-pressed={e === current} className={e === current ? 'active' : undefined}
          title={t(e === '2d' ? 'to2d' : 'to3d')} data-engine={e} onClick={() => e !== current && onChange(e)}
        >
          {e.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
