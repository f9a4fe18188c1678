import { describe, expect, it } from 'vitest';
import { assertRoutable } from './routable-paths.ts';

describe('paths the bound server could not route fail generation, naming both', () => {
  it('keys differing only by a #fragment, with the same method', () => {
    expect(() => assertRoutable([{ method: 'GET', path: '/a#one' }, { method: 'GET', path: '/a#two' }])).toThrow(
      'GET /a#two and GET /a#one are the same route',
    );
  });

  it('keys differing only by parameter names, with the same method', () => {
    expect(() => assertRoutable([{ method: 'GET', path: '/u/{id}/x' }, { method: 'GET', path: '/u/{userId}/x' }])).toThrow(
      'GET /u/{userId}/x and GET /u/{id}/x are the same route',
    );
  });

  it('two parameters with nothing between them', () => {
    expect(() => assertRoutable([{ method: 'GET', path: '/v/{a}{b}' }])).toThrow('GET /v/{a}{b}: two path parameters with nothing between them');
  });

  it('accepts what binds: other methods, fixed queries, colons, dots, odd names, HEAD beside GET', () => {
    expect(() =>
      assertRoutable([
        { method: 'GET', path: '/a#one' },
        { method: 'POST', path: '/a#two' },
        { method: 'GET', path: '/r' },
        { method: 'GET', path: '/r?beta=true' },
        { method: 'POST', path: '/j/{name}:cancel' },
        { method: 'POST', path: '/j/{name}:start' },
        { method: 'GET', path: '/f/{id}.{ext}' },
        { method: 'GET', path: '/f/{id}' },
        { method: 'GET', path: '/i/{item-id}' },
        { method: 'GET', path: '/h' },
        { method: 'HEAD', path: '/h' },
      ]),
    ).not.toThrow();
  });
});
