import { useState } from 'react';
import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import { DEFAULT_SYNTHETIC_VEHICLES, MAX_SYNTHETIC_VEHICLES, type LogisticsView } from './logisticsParams.ts';
import { useMapStatus } from './mapStatusStore.ts';
import type { LogisticsTranslate } from './useLogisticsView.ts';

/** Fleet on/off (`fleet=0`), synthetic truck count (`vehicles=`), replay slider (`replay=` minutes back), counts. */
export function FleetSection({ ctx, t, view }: { ctx: ToolContext; t: LogisticsTranslate; view: LogisticsView }) {
  const status = useMapStatus();
  const [count, setCount] = useState(String(view.vehicles));
  return (
    <section className="logistics-fleet" aria-label={t('fleet')}>
      <h3>{t('fleet')}</h3>
      <label>
        <input type="checkbox" checked={view.showFleet} onChange={(e) => ctx.setParams({ fleet: e.currentTarget.checked ? undefined : '0' })} /> {t('showFleet')}
      </label>
      <form className="logistics-row" onSubmit={(e) => { e.preventDefault(); const n = Math.round(Number(count)); ctx.setParams({ vehicles: Number.isFinite(n) && n !== DEFAULT_SYNTHETIC_VEHICLES ? String(Math.max(0, Math.min(MAX_SYNTHETIC_VEHICLES, n))) : undefined }); }}>
        <label>
          {t('vehicles')}{' '}
          <input type="number" min={0} max={MAX_SYNTHETIC_VEHICLES} value={count} onChange={(e) => setCount(e.currentTarget.value)} style={{ width: '6em' }} />
        </label>
        <button type="submit">OK</button>
      </form>
      <label className="logistics-row">
        {t('replay')}{' '}
        <input type="range" min={0} max={60} step={1} value={view.replayMin} onChange={(e) => ctx.setParams({ replay: e.currentTarget.value === '0' ? undefined : e.currentTarget.value }, 'debounced')} />
        <span>{view.replayMin === 0 ? t('replayLive') : `−${view.replayMin} min`}</span>
      </label>
      {view.showFleet && (
        <p className="synthetic-note">
          {t('fleetSynthetic', { n: status.syntheticVehicles })}
          {status.wasteTrucks > 0 && <><br />{t('fleetLive', { n: status.wasteTrucks })}</>}
        </p>
      )}
      {view.fps && <p data-testid="map-fps" data-fps={status.fps ?? ''}>{status.fps ?? '…'} fps</p>}
    </section>
  );
}
