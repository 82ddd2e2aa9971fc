/** A registered point source of emissions, as the plume model needs it. */

/** A point source. */
export interface EmissionSource {
  readonly id: string;
  /** Name to show (Vietnamese or whatever the source registry gives). */
  readonly name: string;
  /** Longitude, degrees (WGS84). */
  readonly lon: number;
  /** Latitude, degrees (WGS84). */
  readonly lat: number;
  /** Emission rate of the modelled pollutant, g/s. */
  readonly emissionGps: number;
  /** Effective release height (stack height + plume rise), metres; 0 for ground-level sources. */
  readonly heightM: number;
  /** Whether the source is procedural/synthetic (shown in the UI). */
  readonly synthetic?: boolean;
}
