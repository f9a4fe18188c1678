/**
 * Every route module the generator writes into this repository is a `RouteModule`, the type the framework binds: a
 * change to that type the generator does not follow fails `npm run typecheck` here. (`route-modules.test.ts` checks
 * that this list names every target; `npm run corpus` writes the same check beside each document it generates.)
 */
import type { RouteModule } from '../../src/framework/index.ts';
import type * as v1 from '../../generated/v1/routes.ts';
import type * as v2 from '../../generated/v2/routes.ts';
import type * as petstore from '../../src/framework/fixtures/petstore/generated/routes.ts';
import type * as petstoreExpanded from '../../src/framework/fixtures/petstore-expanded/generated/routes.ts';
import type * as museum from '../../src/framework/fixtures/museum/generated/routes.ts';
import type * as styles from '../../src/framework/fixtures/styles/generated/routes.ts';
import type * as routing from '../../src/framework/fixtures/routing/generated/routes.ts';
import type * as schemaFeatures from '../../src/framework/fixtures/schema-features/generated/routes.ts';
import type * as openapi30Features from '../../src/framework/fixtures/openapi30-features/generated/routes.ts';
import type * as readWrite from '../../src/framework/fixtures/read-write/generated/routes.ts';
import type * as uploads from '../../src/framework/fixtures/uploads/generated/routes.ts';
import type * as benchPetstore from '../bench/petstore/generated/routes.ts';

type Bindable<M extends RouteModule> = M;

export type GeneratedRouteModules = [
  Bindable<typeof v1>,
  Bindable<typeof v2>,
  Bindable<typeof petstore>,
  Bindable<typeof petstoreExpanded>,
  Bindable<typeof museum>,
  Bindable<typeof styles>,
  Bindable<typeof routing>,
  Bindable<typeof schemaFeatures>,
  Bindable<typeof openapi30Features>,
  Bindable<typeof readWrite>,
  Bindable<typeof uploads>,
  Bindable<typeof benchPetstore>,
];
