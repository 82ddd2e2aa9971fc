/**
 * Registry of procedural sample generators. A layer JSON with `"generator": {"name", "seed"}`
 * instead of a `data` file is filled by the generator of that name on first start (and again when
 * the name, seed, options or the generator's `version` change). Output must be deterministic.
 */
import type { Feature } from 'geojson';
import { hueBuildingsGenerator } from './hueBuildings.ts';
import { hueParcelsGenerator } from './hueParcels.ts';
import { monumentSitesGenerator } from './monuments/monumentSitesGenerator.ts';

/** A deterministic feature generator. */
export interface SampleGenerator {
  /** Bump when the output changes, so databases reseed. */
  version: string;
  /** Builds the features; ids must be unique strings; every feature carries `synthetic: true`. */
  generate(seed: number, options: Record<string, unknown>): Feature[] | Promise<Feature[]>;
}

/** Generators by name. */
export const GENERATORS: Record<string, SampleGenerator> = {
  'hue-buildings': hueBuildingsGenerator,
  'hue-parcels': hueParcelsGenerator,
  'heritage-monument-models': monumentSitesGenerator,
};
