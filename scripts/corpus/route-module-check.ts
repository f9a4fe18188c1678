import { relative } from 'node:path';

/**
 * The source of a module, written beside a document's generated code, that fails the corpus typecheck when the
 * generated route module is not the `RouteModule` the framework binds.
 */
export function routeModuleCheck(out: string): string {
  const contract = relative(out, 'src/framework/route-definition.ts').split('\\').join('/');
  return [
    `import type { RouteModule } from '${contract}';`,
    "import type * as routes from './routes.ts';",
    '',
    'type Bindable<M extends RouteModule> = M;',
    'export type Checked = Bindable<typeof routes>;',
    '',
  ].join('\n');
}
