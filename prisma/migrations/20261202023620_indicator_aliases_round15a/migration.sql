-- Catalogue aliases added in extraction round 15 (rules15a; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "完成市下达的能耗双控目标": the dual control of energy use (its total and its intensity) set by the level above; the
-- corpus conventions (README-eval9-a, README-eval10-a, the independent wp01) read it as the energy-intensity target.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '能耗双控')
WHERE "key" = 'energy_intensity' AND NOT ('能耗双控' = ANY(COALESCE("aliases", '{}')));
