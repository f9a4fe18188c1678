import { describe, expect, it } from 'vitest';
import { explainStartupFailure } from './startup-failure.ts';
import { testConfig } from './testing/app.ts';

describe('explainStartupFailure', () => {
  it('blames the installation, not DATA_DIR, for a file the app cannot read while it is built', () => {
    const missing = Object.assign(new Error("ENOENT: no such file or directory, open '/srv/dist/generated/v1/response-schemas.json'"), { code: 'ENOENT' });
    const reason = explainStartupFailure(missing, 'app', testConfig());
    expect(reason).toBe(
      "cannot build the service: ENOENT: no such file or directory, open '/srv/dist/generated/v1/response-schemas.json'; the installation is incomplete: run npm install (and npm run build before npm run serve)",
    );
    expect(reason).not.toContain('DATA_DIR');
  });

  it('still names DATA_DIR for a failure while the embedded database opens', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    expect(explainStartupFailure(full, 'database', { ...testConfig(), databaseUrl: undefined, dataDir: '/var/lib/users' })).toBe(
      'the disk of DATA_DIR (/var/lib/users) is full (ENOSPC): free some space, or set DATA_DIR to a directory on another disk',
    );
  });

  it("gives the database's own words from a Prisma error, whose message starts with a blank line", () => {
    const prismaError = new Error('\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `3D000`. Message: `database "users" does not exist`');
    expect(explainStartupFailure(prismaError, 'database', { ...testConfig(), databaseUrl: 'postgres://someone:pw@db.internal:5432/users' })).toBe(
      'PostgreSQL at db.internal:5432/users (DATABASE_URL) refused to start the service: database "users" does not exist; check the user, password and database name in DATABASE_URL',
    );
  });
});
