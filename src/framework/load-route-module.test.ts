import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRouteModule, routeModuleProblem } from './load-route-module.ts';

const fixture = (file: string) => fileURLToPath(new URL(`./fixtures/petstore-expanded/generated/${file}`, import.meta.url));

describe('loadRouteModule', () => {
  it('returns a generated route module found at run time', async () => {
    const module = await loadRouteModule(fixture('routes.ts'));
    expect(module.routes.map((route) => route.operationId)).toEqual(['findPets', 'addPet', 'find pet by id', 'deletePet']);
  });

  it('refuses a module that is not a route module, saying what it lacks', async () => {
    await expect(loadRouteModule(fixture('document.ts'))).rejects.toThrow(/document\.ts is not a generated route module: it exports no basePath string/);
  });
});

describe('routeModuleProblem', () => {
  const valid = { basePath: '/v1', loadResponseValidators: async () => ({}), routes: [{ operationId: 'a', method: 'GET', path: '/a', security: [], parameters: {}, responses: {} }] };

  it('accepts the exports a route module has', () => {
    expect(routeModuleProblem(valid)).toBeUndefined();
  });

  it.each([
    ['a value that is not a module', null, 'it is not a module'],
    ['a missing base path', { ...valid, basePath: undefined }, 'it exports no basePath string'],
    ['a missing response validator loader', { ...valid, loadResponseValidators: 'no' }, 'it exports no loadResponseValidators function'],
    ['routes that are not an array', { ...valid, routes: {} }, 'it exports no routes array'],
    ['a route without responses', { ...valid, routes: [...valid.routes, { ...valid.routes[0], responses: undefined }] }, 'its route 1 lacks'],
  ])('names %s', (_name, value, problem) => {
    expect(routeModuleProblem(value)).toContain(problem);
  });
});
