/** A point in a local metre frame: x east, y north, z height above the ground, all m. */
export interface LocalPoint {
  x: number;
  y: number;
  z: number;
}
