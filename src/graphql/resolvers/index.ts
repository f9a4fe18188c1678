import type { Loaders, Resolvers, UnresolvedFields } from '../../../generated/graphql/resolvers.ts';
import type {} from '../models.ts';
import { DateTime } from '../scalars.ts';
import { loaders } from './loaders.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { User } from './user.ts';

export const resolvers = { DateTime, Query, Mutation, User } satisfies Resolvers;

export { loaders };

/** Every field of the schema has a model property, a resolver or a loader: a field left without one fails to compile. */
type Unresolved = UnresolvedFields<typeof resolvers, typeof loaders>;
export const complete: [Unresolved] extends [never] ? true : Unresolved = true;

export type { Loaders };
