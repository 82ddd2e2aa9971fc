/**
 * Observations of every station's Datastreams, by Datastream id, fed by the initial SensorThings
 * load, later history fetches (replay) and live push events alike.
 */
import { ObservationSeries } from '../../replay/ObservationSeries.ts';

/** Series per Datastream id. */
export class StationHistory {
  private readonly series = new Map<number, ObservationSeries>();

  /** The series of Datastream `id` (empty when nothing arrived). */
  of(id: number): ObservationSeries {
    let s = this.series.get(id);
    if (!s) {
      s = new ObservationSeries();
      this.series.set(id, s);
    }
    return s;
  }

  /** Adds one observation (ISO time or epoch ms); results that are not numbers are ignored. Returns whether it was used. */
  add(datastreamId: number, time: string | number, result: unknown): boolean {
    const t = typeof time === 'number' ? time : Date.parse(time);
    const v = typeof result === 'number' ? result : typeof result === 'string' && result.trim() !== '' ? Number(result) : Number.NaN;
    if (!Number.isFinite(t) || !Number.isFinite(v)) return false;
    this.of(datastreamId).insert(t, v);
    return true;
  }
}
