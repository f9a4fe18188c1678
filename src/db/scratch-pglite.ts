import { DrainingPGlite } from './draining-pglite.ts';

/** A dump of a freshly initialised data directory: starting from it skips initdb (~1.5 s). */
let template: Promise<Blob> | undefined;

/** A new, empty in-memory PGlite; the caller closes it. */
export async function scratchPglite(): Promise<DrainingPGlite> {
  if (template !== undefined) {
    const loadDataDir = await template.catch(() => undefined);
    if (loadDataDir !== undefined) return DrainingPGlite.open({ loadDataDir });
  }
  const pg = await DrainingPGlite.open({ dataDir: 'memory://' });
  template ??= pg.dumpDataDir('none');
  await template.catch(() => {});
  return pg;
}
