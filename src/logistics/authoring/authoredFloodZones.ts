/**
 * Synthetic flood-prone zones along the Perfume River and the lagoons, with assumed ground
 * elevations (metres above mean sea level). We have no DEM; these rough polygons stand in for one
 * so the flood disruption can be exercised. Not survey data.
 */
import type { LonLat } from '../geodesy.ts';

/** An authored flood zone: open ring (the builder closes it), lon/lat. */
export interface AuthoredFloodZone {
  id: string;
  name_vi: string;
  name_en: string;
  ring: LonLat[];
  groundElevationM: number;
}

/** The zones, lowest first. */
export const AUTHORED_FLOOD_ZONES: AuthoredFloodZone[] = [
  { id: 'trung-thuan-an', name_vi: 'Vùng trũng ven phá Tam Giang – Thuận An', name_en: 'Tam Giang lagoon shore at Thuận An', groundElevationM: 1.0, ring: [[107.612, 16.505], [107.645, 16.505], [107.65, 16.565], [107.615, 16.565]] },
  { id: 'ven-pha-cau-hai', name_vi: 'Ven đầm Cầu Hai (Phú Lộc)', name_en: 'Cầu Hai lagoon shore (Phú Lộc)', groundElevationM: 1.5, ring: [[107.775, 16.318], [107.8, 16.298], [107.84, 16.28], [107.845, 16.292], [107.805, 16.31], [107.782, 16.328]] },
  { id: 'trung-song-bo', name_vi: 'Vùng trũng sông Bồ (Hương Trà)', name_en: 'Bồ River lowland (Hương Trà)', groundElevationM: 1.8, ring: [[107.495, 16.5], [107.525, 16.5], [107.525, 16.52], [107.495, 16.52]] },
  { id: 'ven-song-huong-bac', name_vi: 'Bờ bắc sông Hương (Kim Long – Lê Duẩn)', name_en: 'Perfume River north bank (Kim Long – Lê Duẩn)', groundElevationM: 2.0, ring: [[107.54, 16.4505], [107.5725, 16.46], [107.588, 16.4695], [107.587, 16.4712], [107.5715, 16.4625], [107.54, 16.4535]] },
  { id: 'ven-song-huong-nam', name_vi: 'Bờ nam sông Hương (Lê Lợi)', name_en: 'Perfume River south bank (Lê Lợi)', groundElevationM: 2.5, ring: [[107.574, 16.456], [107.579, 16.4555], [107.604, 16.475], [107.602, 16.4775], [107.586, 16.465], [107.574, 16.4585]] },
  { id: 'trung-kinh-thanh', name_vi: 'Vùng trũng trong Kinh Thành', name_en: 'Low ground inside the Citadel', groundElevationM: 3.0, ring: [[107.5725, 16.4616], [107.588, 16.4708], [107.5776, 16.4872], [107.5619, 16.4782]] },
];
