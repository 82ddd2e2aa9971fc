import { describe, expect, it } from 'vitest';
import {
  EPSG_3405,
  EPSG_3406,
  EPSG_3857,
  EPSG_4326,
  EPSG_4756,
  EPSG_5897,
  EPSG_9214,
  type SupportedCrs,
} from '../../../../src/geo/crs/supportedCrs.ts';
import { makeTransformer } from '../../../../src/geo/crs/transformCoordinates.ts';

// Reference values from PROJ 9.1.1 (Debian proj-bin, proj-data EPSG v10.076), hard-coded so the
// test needs no PROJ at run time. PROJ picks EPSG:6960 "VN-2000 to WGS 84 (2)" for every pair
// here (`projinfo -s EPSG:4326 -t EPSG:9214 --summary` → "Inverse of VN-2000 to WGS 84 (2) +
// Vietnam TM-3 107-00"; EPSG:5194 (1) is limited to the Mekong delta). EPSG:3857 uses no
// datum shift ("Popular Visualisation Pseudo-Mercator").
//
// forward: `echo "LAT LON" | cs2cs -f "%.6f" EPSG:4326 EPSG:<crs>` ("%.10f" for EPSG:4756),
//          values in the target CRS's axis order (EPSG:4756 lat, lon; projected E, N).
// inverse: `echo "<forward values>" | cs2cs -f "%.10f" EPSG:<crs> EPSG:4326` → lat, lon.
//          (PROJ's own round trip is not exact: ~2e-9° because the 2D inverse re-enters the
//          Helmert at VN-2000 height 0 while the forward left it at ≈ −12 m.)

/** Test points, WGS 84 lat, lon (degrees). */
const POINTS = {
  /** Kỳ Đài (flag tower) of the Huế Citadel. */
  citadel: [16.4698, 107.5786],
  /** Thiên Mụ pagoda. */
  thienMu: [16.4532, 107.5447],
  /** Phú Bài airport. */
  phuBai: [16.401, 107.703],
  /** Chân Mây port — exactly on 108°E, the UTM 48/49 zone boundary. */
  chanMay: [16.33, 108.0],
  /** Just west of the UTM 48/49 boundary (still zone 48). */
  zoneEdge: [16.2, 107.999],
  /** Hải Vân pass, east of 108°E (zone 49, 3.1° from the zone 48 meridian). */
  haiVan: [16.2, 108.13],
  /** A Lưới, western highlands. */
  aLuoi: [16.27, 107.24],
} as const satisfies Record<string, readonly [number, number]>;

type PointName = keyof typeof POINTS;
interface Reference {
  readonly forward: readonly [number, number];
  readonly inverse: readonly [number, number];
}

const PROJ: Record<number, Record<PointName, Reference>> = {
  4756: {
    citadel: { forward: [16.4708174898, 107.5767726178], inverse: [16.4697999983, 107.5786000029] },
    thienMu: { forward: [16.4542172240, 107.5428726619], inverse: [16.4531999983, 107.5447000030] },
    phuBai: { forward: [16.4020187176, 107.7011736879], inverse: [16.4009999984, 107.7030000028] },
    chanMay: { forward: [16.3310214474, 107.9981753928], inverse: [16.3299999986, 108.0000000025] },
    zoneEdge: { forward: [16.2010216597, 107.9971766020], inverse: [16.1999999986, 107.9990000024] },
    haiVan: { forward: [16.2010227955, 108.1281770748], inverse: [16.1999999987, 108.1300000023] },
    aLuoi: { forward: [16.2710149278, 107.2381733975], inverse: [16.2699999983, 107.2400000031] },
  },
  3405: {
    citadel: { forward: [775116.470640, 1822770.602353], inverse: [16.4697999983, 107.5786000030] },
    thienMu: { forward: [771518.153423, 1820886.859573], inverse: [16.4531999983, 107.5447000030] },
    phuBai: { forward: [788508.323920, 1815326.677236], inverse: [16.4009999984, 107.7030000028] },
    chanMay: { forward: [820369.977197, 1807910.191338], inverse: [16.3299999986, 108.0000000025] },
    zoneEdge: { forward: [820474.309436, 1793511.694776], inverse: [16.1999999986, 107.9990000024] },
    haiVan: { forward: [834493.175776, 1793721.101638], inverse: [16.1999999987, 108.1300000023] },
    aLuoi: { forward: [739191.871438, 1800223.355965], inverse: [16.2699999982, 107.2400000032] },
  },
  3406: {
    citadel: { forward: [134429.693916, 1824114.724273], inverse: [16.4697999983, 107.5786000030] },
    thienMu: { forward: [130774.296258, 1822337.355301], inverse: [16.4531999983, 107.5447000030] },
    phuBai: { forward: [147602.974393, 1816272.175313], inverse: [16.4009999984, 107.7030000028] },
    chanMay: { forward: [179239.783665, 1807915.942130], inverse: [16.3299999986, 108.0000000025] },
    zoneEdge: { forward: [178921.434889, 1793520.530464], inverse: [16.1999999986, 107.9990000024] },
    haiVan: { forward: [192938.939250, 1793319.976100], inverse: [16.1999999987, 108.1300000023] },
    aLuoi: { forward: [97817.987914, 1802616.951117], inverse: [16.2699999982, 107.2400000032] },
  },
  5897: {
    citadel: { forward: [775199.038609, 1823317.652353], inverse: [16.4697999983, 107.5786000030] },
    thienMu: { forward: [771599.641465, 1821433.344225], inverse: [16.4531999983, 107.5447000030] },
    phuBai: { forward: [788594.911052, 1815871.493165], inverse: [16.4009999984, 107.7030000028] },
    chanMay: { forward: [820466.126650, 1808452.781431], inverse: [16.3299999986, 108.0000000025] },
    zoneEdge: { forward: [820570.490201, 1794049.963592], inverse: [16.1999999986, 107.9990000024] },
    haiVan: { forward: [834593.563884, 1794259.433301], inverse: [16.1999999987, 108.1300000023] },
    aLuoi: { forward: [739263.657714, 1800763.639085], inverse: [16.2699999982, 107.2400000032] },
  },
  9214: {
    citadel: { forward: [561582.586362, 1821650.139465], inverse: [16.4697999983, 107.5786000030] },
    thienMu: { forward: [557967.892406, 1819803.182212], inverse: [16.4531999983, 107.5447000030] },
    phuBai: { forward: [574891.886566, 1814078.926081], inverse: [16.4009999984, 107.7030000028] },
    chanMay: { forward: [606655.323409, 1806354.825744], inverse: [16.3299999986, 108.0000000025] },
    zoneEdge: { forward: [606618.731376, 1791967.928063], inverse: [16.1999999986, 107.9990000024] },
    haiVan: { forward: [620626.830762, 1792040.551733], inverse: [16.1999999987, 108.1300000023] },
    aLuoi: { forward: [525455.613205, 1799468.629891], inverse: [16.2699999982, 107.2400000032] },
  },
  3857: {
    citadel: { forward: [11975594.972253, 1859192.909311], inverse: [16.4698000000, 107.5786000000] },
    thienMu: { forward: [11971821.241515, 1857266.023402], inverse: [16.4532000000, 107.5447000000] },
    phuBai: { forward: [11989443.116908, 1851207.853203], inverse: [16.4010000000, 107.7030000000] },
    chanMay: { forward: [12022505.005674, 1842970.419322], inverse: [16.3300000000, 108.0000000000] },
    zoneEdge: { forward: [12022393.686183, 1827895.533119], inverse: [16.2000000000, 107.9990000000] },
    haiVan: { forward: [12036976.539477, 1827895.533119], inverse: [16.2000000000, 108.1300000000] },
    aLuoi: { forward: [11937902.192671, 1836011.539369], inverse: [16.2700000000, 107.2400000000] },
  },
};

const CRS_BY_CODE: Record<number, SupportedCrs> = {
  4756: EPSG_4756,
  3405: EPSG_3405,
  3406: EPSG_3406,
  5897: EPSG_5897,
  9214: EPSG_9214,
  3857: EPSG_3857,
};

/** 1 cm for projected, 1e-7° for geographic output. */
function tolerance(crs: SupportedCrs): number {
  return crs.kind === 'projected' ? 0.01 : 1e-7;
}

function expectClose(actual: readonly number[], expected: readonly number[], tol: number): void {
  expect(actual).toHaveLength(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i]! - expected[i]!), `axis ${i}: ${actual[i]} vs ${expected[i]}`).toBeLessThanOrEqual(tol);
  }
}

describe('transforms agree with PROJ (EPSG:6960)', () => {
  for (const [code, crs] of Object.entries(CRS_BY_CODE)) {
    describe(crs.curie, () => {
      for (const name of Object.keys(POINTS) as PointName[]) {
        const ref = PROJ[Number(code)]![name];
        it(`${name}: EPSG:4326 → ${crs.curie}`, () => {
          expectClose(makeTransformer(EPSG_4326, crs)(POINTS[name]), ref.forward, tolerance(crs));
        });
        it(`${name}: ${crs.curie} → EPSG:4326`, () => {
          expectClose(makeTransformer(crs, EPSG_4326)(ref.forward), ref.inverse, 1e-7);
        });
      }
    });
  }

  // `echo "E N" | cs2cs -f "%.6f" EPSG:9214 EPSG:<to>` ("%.10f" for EPSG:4756, lat lon)
  const CROSS = [
  { to: 3405, from9214: [561582.586, 1821650.139], expected: [775116.470282, 1822770.601884] },
  { to: 3406, from9214: [561582.586, 1821650.139], expected: [134429.693544, 1824114.723815] },
  { to: 5897, from9214: [561582.586, 1821650.139], expected: [775199.038250, 1823317.651884] },
  { to: 3857, from9214: [561582.586, 1821650.139], expected: [11975594.972203, 1859192.908632] },
  { to: 4756, from9214: [561582.586, 1821650.139], expected: [16.4708174856, 107.5767726144] },
  { to: 3405, from9214: [606655.323, 1806354.826], expected: [820369.976785, 1807910.191590] },
  { to: 3406, from9214: [606655.323, 1806354.826], expected: [179239.783261, 1807915.942394] },
  { to: 5897, from9214: [606655.323, 1806354.826], expected: [820466.126238, 1808452.781684] },
  { to: 3857, from9214: [606655.323, 1806354.826], expected: [12022505.005525, 1842970.419430] },
  { to: 4756, from9214: [606655.323, 1806354.826], expected: [16.3310214497, 107.9981753889] },
  ] as const;
  for (const c of CROSS) {
    it(`EPSG:9214 ${c.from9214.join(' ')} → EPSG:${c.to}`, () => {
      const crs = CRS_BY_CODE[c.to]!;
      expectClose(makeTransformer(EPSG_9214, crs)(c.from9214), c.expected, tolerance(crs));
    });
  }

  it('uses a given z (ellipsoidal height) in the datum shift like PROJ and returns it unchanged', () => {
    // echo "16.4698 107.5786 100" | cs2cs -f "%.6f" EPSG:4326 EPSG:9214 → 561582.589421 1821650.137696 100
    expectClose(makeTransformer(EPSG_4326, EPSG_9214)([16.4698, 107.5786, 100]), [561582.589421, 1821650.137696, 100], 0.01);
    // echo "561582.586362 1821650.139465 100" | cs2cs -f "%.10f" EPSG:9214 EPSG:4326 → 16.4698000144 107.5785999744 100
    expectClose(makeTransformer(EPSG_9214, EPSG_4326)([561582.586362, 1821650.139465, 100]), [16.4698000144, 107.5785999744, 100], 1e-7);
  });
});

describe('the rotation-sign trap (Coordinate-Frame vs Position-Vector)', () => {
  // EPSG:6960 publishes rotations in the Coordinate-Frame convention; proj4's +towgs84 is
  // Position-Vector, so the correct +towgs84 has them negated.
  const EPSG_6960_CF_ROTATIONS_ARCSEC = [-0.00928836, 0.01975479, -0.00427372];
  const towgs84 = (crs: SupportedCrs): number[] =>
    /\+towgs84=([^\s]+)/.exec(crs.proj4)![1]!.split(',').map(Number);

  it('every VN-2000 CRS carries the sign-flipped (Position-Vector) rotations', () => {
    for (const crs of [EPSG_4756, EPSG_3405, EPSG_3406, EPSG_5897, EPSG_9214]) {
      expect(towgs84(crs).slice(3, 6)).toEqual(EPSG_6960_CF_ROTATIONS_ARCSEC.map((r) => -r));
    }
  });

  it('the Citadel lands on PROJ\'s 561582.586 / 1821650.139, not the wrong-sign 561583.216 / 1821650.320', () => {
    const right = makeTransformer(EPSG_4326, EPSG_9214)([16.4698, 107.5786]);
    expect(right).toEqual([561582.586, 1821650.139]);

    const wrongProj4 = EPSG_9214.proj4.replace(
      /\+towgs84=[^\s]+/,
      `+towgs84=-191.90441429,-39.30318279,-111.45032835,${EPSG_6960_CF_ROTATIONS_ARCSEC.join(',')},0.252906278`,
    );
    const naive: SupportedCrs = { ...EPSG_9214, uri: 'urn:test:naive-cf-signs-in-towgs84', proj4: wrongProj4 };
    const wrong = makeTransformer(EPSG_4326, naive)([16.4698, 107.5786]);
    // cs2cs -f "%.6f" +proj=longlat +datum=WGS84 +to <EPSG:9214 string with the raw CF signs>
    //   (input "107.5786 16.4698") → 561583.216306 1821650.319880
    expectClose(wrong, [561583.216306, 1821650.31988], 0.01);
    const offset = Math.hypot(wrong[0]! - right[0]!, wrong[1]! - right[1]!);
    expect(offset).toBeGreaterThan(0.6);
    expect(offset).toBeLessThan(0.7);
  });
});
