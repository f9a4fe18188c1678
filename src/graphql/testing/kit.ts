import type { LightMyRequestResponse } from 'fastify';
import type { Config } from '../../config.ts';
import { createV2TestKit, type V2TestKit } from '../../testing/v2.ts';
import { dataProblems } from './valid-data.ts';

export interface GraphqlError {
  message: string;
  path?: Array<string | number>;
  locations?: Array<{ line: number; column: number }>;
  extensions: { code: string } & Record<string, unknown>;
}

export interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: GraphqlError[];
}

export interface GraphqlResponse {
  status: number;
  body: GraphqlBody;
  response: LightMyRequestResponse;
}

export interface GraphqlOperation {
  /** Bearer credential: the admin API key by default; null for none. */
  auth?: string | null;
  variables?: Record<string, unknown>;
  operationName?: string;
  method?: 'GET' | 'POST';
}

export interface GraphqlTestKit extends V2TestKit {
  /** Sends an operation to /graphql and checks its `data` against the SDL; mismatches go to `dataViolations`. */
  graphql(query: string, operation?: GraphqlOperation): Promise<GraphqlResponse>;
  /** Every `data` that did not fit the schema; tests expect it to stay empty. */
  dataViolations: string[];
}

export async function createGraphqlTestKit(overrides: Partial<Config> = {}): Promise<GraphqlTestKit> {
  const kit = await createV2TestKit(overrides);
  const dataViolations: string[] = [];
  return {
    ...kit,
    dataViolations,
    async graphql(query, operation = {}) {
      const auth = operation.auth === undefined ? kit.adminKey : operation.auth;
      const headers = auth ? { authorization: `Bearer ${auth}` } : {};
      const { variables, operationName } = operation;
      const response =
        operation.method === 'GET'
          ? await kit.app.inject({
              method: 'GET',
              url: '/graphql',
              headers,
              query: { query, ...(variables ? { variables: JSON.stringify(variables) } : {}), ...(operationName ? { operationName } : {}) },
            })
          : await kit.app.inject({ method: 'POST', url: '/graphql', headers, payload: { query, variables, operationName } });
      const body = response.json() as GraphqlBody;
      for (const problem of await dataProblems(query, body.data, variables, operationName)) dataViolations.push(`${query.trim().slice(0, 60)}: ${problem}`);
      return { status: response.statusCode, body, response };
    },
  };
}
