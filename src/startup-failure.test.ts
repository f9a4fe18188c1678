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
});
