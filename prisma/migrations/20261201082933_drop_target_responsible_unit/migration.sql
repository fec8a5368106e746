-- 责任单位 now comes from the unit assignments (target_unit, lead and co-units);
-- the free-text column is retired. No seed sets it (grep of prisma/seed).
ALTER TABLE "target" DROP COLUMN "responsible_unit";
