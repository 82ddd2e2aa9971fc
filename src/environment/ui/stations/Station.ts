/**
 * An air-quality station as the environment workspace sees it: a SensorThings Thing with a
 * location and Datastreams tagged with `properties.quantity` (docs/simulator.md).
 */
import type { Pollutant } from '../../aqi.ts';

/** Quantities the workspace reads: the six VN_AQI pollutants (µg/m³) and the weather. */
export type Quantity = Pollutant | 'temperature' | 'humidity' | 'wind_speed' | 'wind_direction';

/** Every quantity, in display order. */
export const QUANTITIES: readonly Quantity[] = ['pm25', 'pm10', 'no2', 'o3', 'co', 'so2', 'temperature', 'humidity', 'wind_speed', 'wind_direction'];

/** The pollutants among {@link QUANTITIES}. */
export const AQI_POLLUTANTS: readonly Pollutant[] = ['pm25', 'pm10', 'no2', 'o3', 'co', 'so2'];

/** Whether `text` is a {@link Quantity}. */
export function isQuantity(text: unknown): text is Quantity {
  return typeof text === 'string' && (QUANTITIES as readonly string[]).includes(text);
}

/** One Datastream of a station. */
export interface StationDatastream {
  readonly id: number;
  readonly quantity: Quantity;
  /** Unit symbol as the Datastream declares it (µg/m³, °C, %, m/s, °). */
  readonly unit: string;
}

/** A station. */
export interface Station {
  /** Thing id. */
  readonly id: number;
  readonly name: string;
  /** Short code (`AQ-01`), when the Thing has one. */
  readonly code?: string;
  /** Place name, when given. */
  readonly area?: string;
  /** Longitude, degrees. */
  readonly lon: number;
  /** Latitude, degrees. */
  readonly lat: number;
  /** Marked synthetic (simulated) in its properties. */
  readonly synthetic: boolean;
  /** Its Datastreams by quantity (first one wins when a quantity repeats). */
  readonly datastreams: Partial<Record<Quantity, StationDatastream>>;
}
