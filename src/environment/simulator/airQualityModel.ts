/**
 * What a synthetic air-quality station reads at an instant: a regional background with slow
 * pollution episodes, a night-time boundary-layer factor, the morning and evening traffic peaks
 * scaled by the site's traffic load, photochemical ozone (titrated by NO2), and the plumes of
 * every registered emission source spread by the simulated wind. All concentrations µg/m³.
 */
import type { EmissionSource, SourceEmissions } from './emissionSource.ts';
import { gaussian, smoothNoise, uniform } from './deterministicNoise.ts';
import { plumeConcentration, plumeFrame } from './gaussianPlume.ts';
import { hueHourOfDay } from './localTime.ts';
import type { AirStation, SiteType } from './simulatedNetwork.ts';
import { weatherAt, type Weather } from './weather.ts';

/** One station reading, keyed by quantity. */
export interface AirReading {
  pm25: number;
  pm10: number;
  no2: number;
  o3: number;
  co: number;
  so2: number;
  temperature: number;
  humidity: number;
  wind_speed: number;
  wind_direction: number;
}

/** Local traffic load per site type (1 = a busy road beside the sensor). */
const SITE_TRAFFIC: Record<SiteType, number> = { traffic: 1, urban: 0.5, suburban: 0.25, industrial: 0.3, waste: 0.2, background: 0.08 };

const bell = (h: number, centre: number, width: number) => Math.exp(-((h - centre) ** 2) / (2 * width * width));

/** Traffic intensity by local hour (≈0.35 at night, ≈1.3 at the 07:30 and 17:30 peaks). */
export function trafficCycle(hour: number): number {
  return 0.35 + 1.0 * bell(hour, 7.5, 1.2) + 0.9 * bell(hour, 17.5, 1.4) + 0.3 * bell(hour, 12, 1.5);
}

/** Boundary-layer factor by local hour: shallow mixing at night concentrates pollution (1.45 at 03:00, 0.55 at 15:00). */
export function mixingFactor(hour: number): number {
  return 1 + 0.45 * Math.cos(((hour - 3) / 24) * 2 * Math.PI);
}

/** Source activity by local hour: roads follow traffic, industry works 06–22, construction 07–17. */
export function sourceActivity(source: EmissionSource, hour: number): number {
  if (source.trafficProfile || source.kind === 'road') return trafficCycle(hour);
  if (source.kind === 'industrial') return hour >= 6 && hour < 22 ? 1 : 0.45;
  if (source.kind === 'construction') return hour >= 7 && hour < 17 ? 1 : 0.05;
  return 1;
}

/** Sum of the plumes of `sources` at `position` for each pollutant, µg/m³. */
export function plumeContributions(sources: readonly EmissionSource[], position: [number, number], weather: Weather, hour: number): Required<SourceEmissions> {
  const total = { pm25: 0, pm10: 0, no2: 0, so2: 0, co: 0 };
  for (const s of sources) {
    const { downwind, crosswind } = plumeFrame(s.position, position, weather.windDirection);
    if (downwind <= 0) continue;
    const activity = sourceActivity(s, hour);
    for (const k of Object.keys(total) as Array<keyof typeof total>) {
      const q = (s.emissions[k] ?? 0) * activity;
      if (q > 0) total[k] += plumeConcentration(q, downwind, crosswind, s.stackHeight, weather.windSpeed, weather.stability);
    }
  }
  return total;
}

const round = (v: number, digits = 1) => Number(Math.max(0, v).toFixed(digits));

/** The reading of `station` at `tMs` (Unix ms), before sensor faults. Deterministic for `seed`. */
export function airReading(seed: number, station: AirStation, sources: readonly EmissionSource[], tMs: number): AirReading {
  const weather = weatherAt(seed, tMs);
  const hour = hueHourOfDay(tMs);
  const traffic = SITE_TRAFFIC[station.site] * trafficCycle(hour);
  const mix = mixingFactor(hour);
  const minute = Math.floor(tMs / 60000);
  const noise = (q: string) => (1 + 0.1 * (uniform(seed, `${station.code}:${q}:bias`, 0) * 2 - 1)) * (1 + 0.06 * gaussian(seed, `${station.code}:${q}`, minute));
  const episode = 20 + 9 * smoothNoise(seed, 'regional-pm', tMs, 12 * 3600);
  const plume = plumeContributions(sources, station.position, weather, hour);

  const pm25 = (mix * (episode + 14 * traffic) + plume.pm25) * noise('pm25');
  const pm10 = (pm25 * 1.65 + mix * 7 * traffic + plume.pm10) * noise('pm10');
  const no2 = (mix * (8 + 38 * traffic) + plume.no2) * noise('no2');
  const co = (mix * (350 + 950 * traffic) + plume.co) * noise('co');
  const so2 = (3 + 2.5 * mix + plume.so2) * noise('so2');
  const photo = weather.daytime ? 80 * Math.sin(((hour - 6) / 12) * Math.PI) * (0.7 + 0.3 * smoothNoise(seed, 'sun', tMs, 6 * 3600)) : 0;
  const o3 = Math.max(3, (22 + photo - 0.3 * (no2 - 8)) * noise('o3'));
  const localWind = 0.8 + 0.4 * uniform(seed, `${station.code}:wind-exposure`, 0);
  return {
    pm25: round(pm25),
    pm10: round(pm10),
    no2: round(no2),
    o3: round(o3),
    co: round(co, 0),
    so2: round(so2),
    temperature: Number((weather.temperature + 0.6 * (uniform(seed, `${station.code}:t-offset`, 0) - 0.5) + 0.1 * gaussian(seed, `${station.code}:t`, minute)).toFixed(1)),
    humidity: Number(Math.min(100, Math.max(0, weather.humidity + 2 * gaussian(seed, `${station.code}:rh`, minute))).toFixed(1)),
    wind_speed: round(weather.windSpeed * localWind),
    wind_direction: Number(((((weather.windDirection + 8 * gaussian(seed, `${station.code}:wd`, minute)) % 360) + 360) % 360).toFixed(0)),
  };
}
