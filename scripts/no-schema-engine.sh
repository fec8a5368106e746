#!/bin/sh
echo "Prisma's schema engine is not available offline. Migrations are applied by 'npm run db:migrate' (lib/db/migrate.ts); see README." >&2
exit 1
