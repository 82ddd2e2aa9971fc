/** Travel profiles (car, truck, rail): which network classes each may use and how fast; data in travelProfiles.json. */
import profiles from './travelProfiles.json';

/** Name of a travel profile. */
export type ProfileName = 'car' | 'truck' | 'rail';

/** One travel profile. */
export interface TravelProfile {
  /** Network mode the profile travels on (`road` or `rail`). */
  mode: string;
  /** Gross weight in tonnes, checked against a segment's `max_weight_t`. */
  weightT: number;
  /** Whether segments with `truck_banned: true` are closed to this profile. */
  truckBan: boolean;
  /** Default speed per network class, in km/h; a class not listed is not usable. */
  speedsKmh: Record<string, number>;
}

/** The profiles, by name. */
export const TRAVEL_PROFILES: Record<ProfileName, TravelProfile> = {
  car: profiles.car,
  truck: profiles.truck,
  rail: profiles.rail,
};

/** Profile names in a stable order. */
export const PROFILE_NAMES: readonly ProfileName[] = ['car', 'truck', 'rail'];

/** Whether `name` is a known profile name. */
export function isProfileName(name: string): name is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(name);
}
