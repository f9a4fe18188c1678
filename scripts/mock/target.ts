import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MockDocument } from '../../src/framework/mock/index.ts';
import { loadRouteModule, type RouteModule } from '../../src/framework/index.ts';
import { generateTarget } from '../generate/generate-target.ts';
import { writeFiles } from '../generate/output.ts';
import { TARGETS } from '../generate/targets.ts';

export interface MockTarget {
  spec: string;
  /** Where the spec's generated code is: its own folder under generated/, or a cache compiled at start. */
  out: string;
  compiledAtStart: boolean;
  module: RouteModule;
  document: MockDocument;
}

/** Where specs without generated code of their own are compiled (inside the project, so their imports resolve). */
const CACHE = 'node_modules/.cache/mock';

/**
 * The generated route module and bundled document of `spec`: the project's generated output for its own specs and
 * fixtures (kept current by the drift check), or code generated now into a cache for any other spec.
 */
export async function loadMockTarget(spec: string, warn: (message: string) => void = () => {}): Promise<MockTarget> {
  const path = relative(process.cwd(), resolve(spec)).split('\\').join('/');
  const known = TARGETS.find((target) => target.spec === path);
  let out = known?.out;
  if (out === undefined) {
    out = join(CACHE, createHash('sha256').update(resolve(spec)).digest('hex').slice(0, 16));
    await writeFiles(out, await generateTarget({ spec, out }, warn));
  }
  const url = (name: string) => pathToFileURL(resolve(out, name)).href;
  const module = await loadRouteModule(resolve(out, 'routes.ts'));
  const { document } = (await import(url('document.ts'))) as { document: MockDocument };
  return { spec: path, out, compiledAtStart: known === undefined, module, document };
}
