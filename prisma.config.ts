// Read by the Prisma CLI (`prisma generate`, `prisma studio`). Migrations do not go
// through the CLI, which needs a native engine: see scripts/db.ts and src/db/migrate.ts.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
