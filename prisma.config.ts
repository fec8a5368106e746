import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma's CLI insists on a schema-engine binary it cannot download here. `generate`
// never runs it, so point the variable at a script that fails loudly if anything does.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(process.cwd(), 'scripts', 'no-schema-engine.sh');

export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
});
