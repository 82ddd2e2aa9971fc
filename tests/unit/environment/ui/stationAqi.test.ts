/**
 * Stations from SensorThings Things, their AQI at a time (NowCast of hourly PM means, 1-hour gas
 * means) and the badge colour/name shown on the map and in the panel.
 */
import { describe, expect, it } from 'vitest';
import { aqiHourly, nowcast, VN_AQI_CATEGORIES } from '../../../../src/environment/aqi.ts';
import { HOUR_MS } from '../../../../src/environment/replay/ObservationSeries.ts';
import { parseStations } from '../../../../src/environment/ui/stations/parseStations.ts';
import { inkFor, NO_AQI_COLOUR, stationBadge } from '../../../../src/environment/ui/stations/stationBadge.ts';
import { StationHistory } from '../../../../src/environment/ui/stations/StationHistory.ts';
import { hourlyAqiSeries, stationReading } from '../../../../src/environment/ui/stations/stationReading.ts';

/** Two Things as the SensorThings API returns them with `$expand=Locations,Datastreams`: a station and a truck. */
const THINGS = [
  {
    '@iot.id': 7, name: 'AQ-02 Kim Long', properties: { kind: 'air-quality', code: 'AQ-02', area: 'Kim Long', synthetic: true },
    Locations: [{ location: { type: 'Point', coordinates: [107.55, 16.46] } }],
    Datastreams: [
      { '@iot.id': 70, properties: { quantity: 'pm25' }, unitOfMeasurement: { symbol: 'µg/m³' } },
      { '@iot.id': 71, properties: { quantity: 'no2' }, unitOfMeasurement: { symbol: 'µg/m³' } },
      { '@iot.id': 72, properties: { quantity: 'wind_speed' }, unitOfMeasurement: { symbol: 'm/s' } },
    ],
  },
  {
    '@iot.id': 9, name: 'TRUCK-1', properties: { kind: 'waste-truck' },
    Locations: [{ location: { type: 'Point', coordinates: [107.6, 16.47] } }],
    Datastreams: [{ '@iot.id': 90, properties: { quantity: 'fill_level' }, unitOfMeasurement: { symbol: '%' } }],
  },
  { '@iot.id': 10, name: 'no location', properties: { kind: 'air-quality' }, Locations: [], Datastreams: [] },
];

const NOW = Date.parse('2025-03-10T12:00:00Z');

describe('parseStations', () => {
  it('keeps air-quality Things with a point and maps Datastreams by quantity', () => {
    const stations = parseStations(THINGS);
    expect(stations).toHaveLength(1);
    const s = stations[0]!;
    expect(s).toMatchObject({ id: 7, code: 'AQ-02', area: 'Kim Long', lon: 107.55, lat: 16.46, synthetic: true });
    expect(s.datastreams.pm25).toEqual({ id: 70, quantity: 'pm25', unit: 'µg/m³' });
    expect(s.datastreams.no2?.id).toBe(71);
    expect(s.datastreams.o3).toBeUndefined();
  });
});

describe('stationReading', () => {
  const station = parseStations(THINGS)[0]!;

  it('computes the hourly AQI from the NowCast of PM and the 1-hour NO2 mean', () => {
    const history = new StationHistory();
    // PM2.5 hourly for 12 h: 30, 32, 34 … newest first = 52 … 30 (two readings per hour, same value).
    const pmNewestFirst: number[] = [];
    for (let k = 0; k < 12; k++) {
      const value = 52 - 2 * k;
      pmNewestFirst.push(value);
      history.add(70, NOW - k * HOUR_MS - 10 * 60_000, value);
      history.add(70, NOW - k * HOUR_MS - 40 * 60_000, value);
    }
    history.add(71, new Date(NOW - 5 * 60_000).toISOString(), 150);
    history.add(71, NOW - 65 * 60_000, 900); // previous hour: not in the 1-hour mean
    history.add(72, NOW - 60_000, '3.5');

    const reading = stationReading(station, history, NOW);
    const pm = nowcast(pmNewestFirst)!;
    expect(reading.aqiInput.pm25).toBeCloseTo(pm, 9);
    expect(reading.aqiInput.no2).toBe(150);
    expect(reading.aqi).toEqual(aqiHourly({ pm25: pm, no2: 150 }));
    expect(reading.latest.wind_speed).toEqual({ time: NOW - 60_000, value: 3.5 });
    expect(reading.latest.no2?.value).toBe(150);
  });

  it('has no AQI with too little PM data (NowCast needs 2 of the last 3 hours) and replays past hours', () => {
    const history = new StationHistory();
    history.add(70, NOW - 10 * 60_000, 40);
    expect(stationReading(station, history, NOW).aqi.overall).toBeNull();
    history.add(70, NOW - 70 * 60_000, 40);
    expect(stationReading(station, history, NOW).aqi.overall?.aqi).toBe(aqiHourly({ pm25: 40 }).overall?.aqi);
    // One hour earlier only the older reading exists: no AQI then.
    expect(stationReading(station, history, NOW - HOUR_MS).aqi.overall).toBeNull();
    const series = hourlyAqiSeries(station, history, NOW, 3);
    expect(series).toEqual([null, null, aqiHourly({ pm25: 40 }).overall?.aqi]);
  });
});

describe('stationBadge', () => {
  it('shows the AQI in its official category colour with the Vietnamese or English name', () => {
    const moderate = aqiHourly({ pm25: 40 }); // AQI 80
    const vi = stationBadge(moderate, 'vi', 'không đủ dữ liệu');
    expect(vi).toMatchObject({ text: '80', aqi: 80, level: 2, fill: '#FFFF00', ink: '#000000', label: 'Trung bình' });
    expect(stationBadge(moderate, 'en', 'no data').label).toBe('Moderate');
    const hazardous = stationBadge(aqiHourly({ pm25: 400 }), 'vi', '');
    expect(hazardous).toMatchObject({ level: 6, fill: VN_AQI_CATEGORIES[5]!.color, ink: '#FFFFFF', label: 'Nguy hại' });
    expect(stationBadge(aqiHourly({ pm25: 30, no2: 1300 }), 'vi', '').label).toBe('Rất xấu'); // NO2 dominates
  });

  it('is grey with the no-data text when there is no AQI', () => {
    expect(stationBadge(aqiHourly({ no2: 50 }), 'en', 'no data')).toMatchObject({ text: '—', fill: NO_AQI_COLOUR, label: 'no data' });
    expect(inkFor('#7E0023')).toBe('#FFFFFF');
    expect(inkFor('#00E400')).toBe('#000000');
  });
});
