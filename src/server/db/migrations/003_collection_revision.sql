-- A counter bumped by every change to a collection's features (edits, imports, reseeding).
-- Caches of derived products (vector tiles, exports) key on it, so nothing stale is served.
ALTER TABLE collections ADD COLUMN revision bigint NOT NULL DEFAULT 1;
