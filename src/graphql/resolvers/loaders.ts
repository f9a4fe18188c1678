import type { MercuriusContext } from 'mercurius';
import { notFound } from '../../domain/errors.ts';
import { toPage, type Page, type PageRequest } from '../../domain/posts/index.ts';
import type { User } from '../../domain/users/users.ts';
import type { LoaderFn, Loaders } from '../../../generated/graphql/resolvers.ts';
import { viewerOf, visibilityFor, type Principal } from '../../domain/credentials/principal.ts';
import { requireCaller } from '../caller.ts';
import type { GraphqlServices } from '../context.ts';

type PagesLoad<TItem> = (services: GraphqlServices, keys: string[], page: Page, caller: Principal) => Promise<Map<string, TItem[]>>;
type ByIdLoad<TItem> = (services: GraphqlServices, ids: string[], caller: Principal) => Promise<Map<string, TItem>>;

/**
 * A list field of many parents in one call per distinct page asked for (aliases may ask for several pages);
 * a page that is not valid fails its own fields only.
 */
function pages<TParent, TItem>(keyOf: (parent: TParent) => string, load: PagesLoad<TItem>): LoaderFn<TItem[], TParent, PageRequest, MercuriusContext> {
  return async (queries, { auth, services }) => {
    const caller = requireCaller(auth);
    const batches = new Map<string, { request: PageRequest; indexes: number[] }>();
    queries.forEach(({ params }, index) => {
      const key = JSON.stringify([params.first ?? null, params.after ?? null]);
      const batch = batches.get(key) ?? { request: params, indexes: [] };
      batch.indexes.push(index);
      batches.set(key, batch);
    });
    const results: Array<TItem[] | Error> = [];
    await Promise.all(
      [...batches.values()].map(async ({ request, indexes }) => {
        const keys = indexes.map((i) => keyOf(queries[i]!.obj));
        try {
          const found = await load(services, keys, toPage(request), caller);
          indexes.forEach((i, n) => (results[i] = found.get(keys[n]!) ?? []));
        } catch (error) {
          for (const i of indexes) results[i] = error instanceof Error ? error : new Error(String(error));
        }
      }),
    );
    return results;
  };
}

/** A field naming one object by id, for many parents in one call; an object the caller may not see is NOT_FOUND. */
function byId<TParent, TItem>(idOf: (parent: TParent) => string, what: string, load: ByIdLoad<TItem>): LoaderFn<TItem, TParent, Record<PropertyKey, never>, MercuriusContext> {
  return async (queries, { auth, services }) => {
    const ids = queries.map(({ obj }) => idOf(obj));
    const found = await load(services, ids, requireCaller(auth));
    return ids.map((id) => found.get(id) ?? notFound(what));
  };
}

const usersById: ByIdLoad<User> = (services, ids, caller) => services.directory.findByIds(ids, visibilityFor(caller));

/** Every field that reads further rows, batched per request: a constant number of queries whatever the list sizes. */
export const loaders = {
  User: {
    posts: pages((user) => user.id, (services, keys, page, caller) => services.posts.listByAuthors(keys, page, viewerOf(caller))),
    comments: pages((user) => user.id, (services, keys, page, caller) => services.comments.listByAuthors(keys, page, viewerOf(caller))),
  },
  Post: {
    author: byId((post) => post.authorId, 'User', usersById),
    comments: pages((post) => post.id, (services, keys, page, caller) => services.comments.listByPosts(keys, page, viewerOf(caller))),
  },
  Comment: {
    author: byId((comment) => comment.authorId, 'User', usersById),
    post: byId((comment) => comment.postId, 'Post', (services, ids, caller) => services.posts.findByIds(ids, viewerOf(caller))),
    replies: pages((comment) => comment.id, (services, keys, page, caller) => services.comments.listReplies(keys, page, viewerOf(caller))),
  },
} satisfies Loaders;
