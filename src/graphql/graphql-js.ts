/**
 * graphql-js as Mercurius loads it: the CommonJS build. Vite, so Vitest, would give a plain `graphql` import the ES
 * build, and graphql-js refuses types and errors made by another instance of itself.
 */
export * from 'graphql/index.js';
