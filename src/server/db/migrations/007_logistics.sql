-- Logistics: typed, read-only views over the catalog collections the router uses. The features stay
-- in `features` (edited through OGC API – Features, versioned there); these views give SQL users and
-- the router one place where the network's attributes have columns and lengths are geodesic.
-- Non-numeric or non-boolean values (a user's typo) read as NULL rather than failing the view.

CREATE VIEW logistics_network_segments AS
SELECT
  f.id,
  f.properties ->> 'name_vi' AS name_vi,
  f.properties ->> 'name_en' AS name_en,
  f.properties ->> 'ref' AS ref,
  f.properties ->> 'class' AS class,
  CASE WHEN jsonb_typeof(f.properties -> 'speed_car_kmh') = 'number' THEN (f.properties ->> 'speed_car_kmh')::double precision END AS speed_car_kmh,
  CASE WHEN jsonb_typeof(f.properties -> 'speed_truck_kmh') = 'number' THEN (f.properties ->> 'speed_truck_kmh')::double precision END AS speed_truck_kmh,
  CASE WHEN jsonb_typeof(f.properties -> 'speed_rail_kmh') = 'number' THEN (f.properties ->> 'speed_rail_kmh')::double precision END AS speed_rail_kmh,
  COALESCE(CASE WHEN jsonb_typeof(f.properties -> 'truck_banned') = 'boolean' THEN (f.properties ->> 'truck_banned')::boolean END, false) AS truck_banned,
  CASE WHEN jsonb_typeof(f.properties -> 'max_weight_t') = 'number' THEN (f.properties ->> 'max_weight_t')::double precision END AS max_weight_t,
  COALESCE(CASE WHEN jsonb_typeof(f.properties -> 'oneway') = 'boolean' THEN (f.properties ->> 'oneway')::boolean END, false) AS oneway,
  ST_Length(f.geom::geography) AS length_m,
  f.version,
  f.geom
FROM features f
WHERE f.collection_id = 'logistics-network' AND GeometryType(f.geom) IN ('LINESTRING', 'MULTILINESTRING');

CREATE VIEW logistics_flood_zones AS
SELECT
  f.id,
  f.properties ->> 'name_vi' AS name_vi,
  f.properties ->> 'name_en' AS name_en,
  CASE WHEN jsonb_typeof(f.properties -> 'ground_elevation_m') = 'number' THEN (f.properties ->> 'ground_elevation_m')::double precision END AS ground_elevation_m,
  f.geom
FROM features f
WHERE f.collection_id = 'logistics-flood-zones' AND GeometryType(f.geom) IN ('POLYGON', 'MULTIPOLYGON');

CREATE VIEW logistics_facilities AS
SELECT
  f.id,
  f.properties ->> 'name_vi' AS name_vi,
  f.properties ->> 'name_en' AS name_en,
  f.properties ->> 'kind' AS kind,
  f.properties -> 'stages' AS stages,
  f.geom
FROM features f
WHERE f.collection_id = 'logistics-facilities' AND GeometryType(f.geom) = 'POINT';
