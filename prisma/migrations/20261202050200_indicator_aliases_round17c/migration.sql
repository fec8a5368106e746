-- Catalogue aliases added in extraction round 17 (rules17c; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "实际使用外资实现零的突破，到位外资386万美元": a work report names the foreign capital actually used by the
-- capital that arrived (到位外资), as 实到外资 does; the same figure as 实际使用外资.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '到位外资')
WHERE "key" = 'fdi' AND NOT ('到位外资' = ANY(COALESCE("aliases", '{}')));
