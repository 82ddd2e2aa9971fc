/**
 * The synthetic sensor network of Huế the simulator runs: ~30 air-quality stations, river
 * water-quality buoys on the Perfume River and waste-collection trucks on city streets. Positions
 * are hand-placed near real places (wards, Phú Bài and Thủy Phương, QL1A, the landfill) but the
 * devices do not exist: everything here is synthetic and marked so in the database.
 */

/** What surrounds a station; sets its local traffic load and background. */
export type SiteType = 'traffic' | 'urban' | 'suburban' | 'industrial' | 'waste' | 'background';

/** An air-quality station. */
export interface AirStation {
  /** Stable device code, also the MQTT username (`sim-aq-01`) stem. */
  code: string;
  /** Place name (Vietnamese). */
  area: string;
  /** [lon, lat] WGS84 degrees. */
  position: [number, number];
  site: SiteType;
}

/** A water-quality sensor on the river. */
export interface WaterSensor {
  code: string;
  area: string;
  position: [number, number];
}

/** A waste-collection truck shuttling along a street polyline. */
export interface WasteTruck {
  code: string;
  area: string;
  /** Route vertices [lon, lat]; the truck drives to the end and back. */
  route: Array<[number, number]>;
}

/** The 30 synthetic air-quality stations. */
export const AIR_STATIONS: readonly AirStation[] = [
  { code: 'AQ-01', area: 'Đại Nội (Kinh thành)', position: [107.5775, 16.469], site: 'urban' },
  { code: 'AQ-02', area: 'Chợ Đông Ba', position: [107.587, 16.473], site: 'traffic' },
  { code: 'AQ-03', area: 'Kim Long', position: [107.556, 16.458], site: 'urban' },
  { code: 'AQ-04', area: 'Chùa Thiên Mụ (Hương Long)', position: [107.545, 16.4545], site: 'background' },
  { code: 'AQ-05', area: 'Vĩ Dạ', position: [107.605, 16.474], site: 'urban' },
  { code: 'AQ-06', area: 'An Cựu (Hùng Vương – QL1A)', position: [107.601, 16.453], site: 'traffic' },
  { code: 'AQ-07', area: 'Ga Huế (Lê Lợi)', position: [107.579, 16.458], site: 'traffic' },
  { code: 'AQ-08', area: 'Trường Tiền (Lê Lợi)', position: [107.5905, 16.465], site: 'traffic' },
  { code: 'AQ-09', area: 'Phú Hội', position: [107.596, 16.464], site: 'urban' },
  { code: 'AQ-10', area: 'Xuân Phú', position: [107.606, 16.463], site: 'urban' },
  { code: 'AQ-11', area: 'An Đông', position: [107.615, 16.456], site: 'suburban' },
  { code: 'AQ-12', area: 'Thủy Dương (QL1A)', position: [107.63, 16.44], site: 'traffic' },
  { code: 'AQ-13', area: 'Cụm công nghiệp Thủy Phương', position: [107.648, 16.428], site: 'industrial' },
  { code: 'AQ-14', area: 'Thủy Phương (khu dân cư)', position: [107.642, 16.42], site: 'suburban' },
  { code: 'AQ-15', area: 'Khu công nghiệp Phú Bài', position: [107.688, 16.412], site: 'industrial' },
  { code: 'AQ-16', area: 'Phú Bài (Hương Thủy)', position: [107.68, 16.405], site: 'urban' },
  { code: 'AQ-17', area: 'Cảng hàng không Phú Bài', position: [107.7, 16.398], site: 'background' },
  { code: 'AQ-18', area: 'Thủy Thanh', position: [107.63, 16.47], site: 'suburban' },
  { code: 'AQ-19', area: 'Hương Sơ', position: [107.565, 16.495], site: 'suburban' },
  { code: 'AQ-20', area: 'Hương Chữ', position: [107.545, 16.505], site: 'suburban' },
  { code: 'AQ-21', area: 'An Hòa (QL1A phía bắc)', position: [107.555, 16.485], site: 'traffic' },
  { code: 'AQ-22', area: 'Thuận An', position: [107.63, 16.55], site: 'background' },
  { code: 'AQ-23', area: 'Phú Thượng', position: [107.615, 16.49], site: 'suburban' },
  { code: 'AQ-24', area: 'Thủy Xuân (lăng tẩm)', position: [107.575, 16.43], site: 'background' },
  { code: 'AQ-25', area: 'Thủy Biều', position: [107.555, 16.442], site: 'background' },
  { code: 'AQ-26', area: 'Khu xử lý chất thải Phú Sơn', position: [107.625, 16.385], site: 'waste' },
  { code: 'AQ-27', area: 'Bãi rác Thủy Phương', position: [107.66, 16.415], site: 'waste' },
  { code: 'AQ-28', area: 'Long Thọ (nhà máy xi măng)', position: [107.566, 16.438], site: 'industrial' },
  { code: 'AQ-29', area: 'Hương Vinh', position: [107.57, 16.495], site: 'suburban' },
  { code: 'AQ-30', area: 'Tây Lộc (Phú Xuân)', position: [107.565, 16.472], site: 'urban' },
];

/** Water-quality sensors along the Perfume River (Sông Hương), upstream to downstream. */
export const WATER_SENSORS: readonly WaterSensor[] = [
  { code: 'WQ-1', area: 'Sông Hương – Thiên Mụ', position: [107.545, 16.4498] },
  { code: 'WQ-2', area: 'Sông Hương – Kim Long', position: [107.562, 16.456] },
  { code: 'WQ-3', area: 'Sông Hương – cầu Phú Xuân', position: [107.5845, 16.4636] },
  { code: 'WQ-4', area: 'Sông Hương – Đập Đá (Vĩ Dạ)', position: [107.5985, 16.476] },
];

/** Waste-collection trucks and their street routes (vertices from the `streets` layer and QL1A). */
export const WASTE_TRUCKS: readonly WasteTruck[] = [
  {
    code: 'TRUCK-1',
    area: 'Lê Lợi',
    route: [[107.5773, 16.4575], [107.5786, 16.4585], [107.5827, 16.4597], [107.5863, 16.4617], [107.5892, 16.4639], [107.5918, 16.4662], [107.5942, 16.4685], [107.5967, 16.4705], [107.5997, 16.4732], [107.6017, 16.4762]],
  },
  {
    code: 'TRUCK-2',
    area: 'Hùng Vương – QL1A – bãi rác Thủy Phương',
    route: [[107.5916, 16.466], [107.5977, 16.4579], [107.6055, 16.4477], [107.6149, 16.4493], [107.6342, 16.4356], [107.6437, 16.4303], [107.6595, 16.4255], [107.662, 16.4135]],
  },
  {
    code: 'TRUCK-3',
    area: 'Kim Long – Lê Duẩn',
    route: [[107.5475, 16.4535], [107.553, 16.4548], [107.558, 16.4566], [107.563, 16.4585], [107.5675, 16.4601], [107.5712, 16.4608], [107.5724, 16.4602], [107.5805, 16.4651], [107.586, 16.4684]],
  },
  {
    code: 'TRUCK-4',
    area: 'Kinh thành (Trần Hưng Đạo – Đinh Tiên Hoàng)',
    route: [[107.5952, 16.4742], [107.5925, 16.4722], [107.5893, 16.4703], [107.586, 16.4684], [107.5832, 16.4677], [107.5722, 16.4846]],
  },
  {
    code: 'TRUCK-5',
    area: 'Điện Biên Phủ – Nguyễn Huệ',
    route: [[107.582, 16.4426], [107.5816, 16.4501], [107.5789, 16.4585], [107.5848, 16.4608], [107.5893, 16.4554], [107.594, 16.4498]],
  },
];

/** Quantities an air-quality station measures (Datastream `properties.quantity`). */
export const AIR_QUANTITIES = ['pm25', 'pm10', 'no2', 'o3', 'co', 'so2', 'temperature', 'humidity', 'wind_speed', 'wind_direction'] as const;
/** Quantities a river sensor measures. */
export const WATER_QUANTITIES = ['ph', 'do', 'turbidity', 'water_temperature'] as const;
/** Quantities a truck reports. */
export const TRUCK_QUANTITIES = ['position', 'fill_level'] as const;

/** Any simulated quantity. */
export type SimQuantity = (typeof AIR_QUANTITIES)[number] | (typeof WATER_QUANTITIES)[number] | (typeof TRUCK_QUANTITIES)[number];

/**
 * Name, unit and observation type of each quantity (the Datastream's metadata). ObservedProperty
 * definitions are URNs carrying the EnvThes / NERC P01·P07 term codes, so no outside host is named.
 */
export const QUANTITY_INFO: Record<SimQuantity, { name: string; unit: { name: string; symbol: string; definition: string }; definition: string; measurement: boolean; validRange?: [number, number] }> = {
  pm25: { name: 'PM2.5', unit: { name: 'microgram per cubic metre', symbol: 'µg/m³', definition: 'ucum:ug/m3' }, definition: 'urn:envthes:22123', measurement: true },
  pm10: { name: 'PM10', unit: { name: 'microgram per cubic metre', symbol: 'µg/m³', definition: 'ucum:ug/m3' }, definition: 'urn:envthes:22124', measurement: true },
  no2: { name: 'NO2', unit: { name: 'microgram per cubic metre', symbol: 'µg/m³', definition: 'ucum:ug/m3' }, definition: 'urn:envthes:30263', measurement: true },
  o3: { name: 'O3', unit: { name: 'microgram per cubic metre', symbol: 'µg/m³', definition: 'ucum:ug/m3' }, definition: 'urn:envthes:30264', measurement: true },
  co: { name: 'CO', unit: { name: 'microgram per cubic metre', symbol: 'µg/m³', definition: 'ucum:ug/m3' }, definition: 'urn:envthes:30265', measurement: true },
  so2: { name: 'SO2', unit: { name: 'microgram per cubic metre', symbol: 'µg/m³', definition: 'ucum:ug/m3' }, definition: 'urn:envthes:30266', measurement: true },
  temperature: { name: 'Air temperature', unit: { name: 'degree Celsius', symbol: '°C', definition: 'ucum:Cel' }, definition: 'urn:nerc:p07:CFSN0023', measurement: true, validRange: [-10, 50] },
  humidity: { name: 'Relative humidity', unit: { name: 'percent', symbol: '%', definition: 'ucum:%' }, definition: 'urn:nerc:p07:CFSN0413', measurement: true },
  wind_speed: { name: 'Wind speed', unit: { name: 'metre per second', symbol: 'm/s', definition: 'ucum:m/s' }, definition: 'urn:nerc:p07:CFSN0038', measurement: true },
  wind_direction: { name: 'Wind from direction', unit: { name: 'degree', symbol: '°', definition: 'ucum:deg' }, definition: 'urn:nerc:p07:CFSN0036', measurement: true },
  ph: { name: 'pH', unit: { name: 'pH', symbol: 'pH', definition: 'ucum:[pH]' }, definition: 'urn:nerc:p01:PHXXZZXX', measurement: true, validRange: [0, 14] },
  do: { name: 'Dissolved oxygen', unit: { name: 'milligram per litre', symbol: 'mg/L', definition: 'ucum:mg/L' }, definition: 'urn:nerc:p01:DOXYZZXX', measurement: true },
  turbidity: { name: 'Turbidity', unit: { name: 'nephelometric turbidity unit', symbol: 'NTU', definition: 'ucum:[NTU]' }, definition: 'urn:nerc:p01:TURBXXXX', measurement: true },
  water_temperature: { name: 'Water temperature', unit: { name: 'degree Celsius', symbol: '°C', definition: 'ucum:Cel' }, definition: 'urn:nerc:p01:TEMPPR01', measurement: true, validRange: [0, 45] },
  position: { name: 'Vehicle position', unit: { name: 'GeoJSON Point', symbol: '', definition: 'urn:ietf:rfc:7946' }, definition: 'urn:ietf:rfc:7946#point', measurement: false },
  fill_level: { name: 'Waste bin fill level', unit: { name: 'percent', symbol: '%', definition: 'ucum:%' }, definition: 'urn:hue-twin:fill-level', measurement: true },
};
