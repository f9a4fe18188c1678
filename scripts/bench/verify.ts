import type { Scenario } from './scenario.ts';

export interface Response {
  status: number;
  body: string;
}

async function send(baseUrl: string, scenario: Scenario): Promise<Response> {
  const { method, path, headers, body } = scenario.request;
  const res = await fetch(`${baseUrl}${path}`, { method, ...(headers ? { headers } : {}), ...(body !== undefined ? { body } : {}) });
  return { status: res.status, body: await res.text() };
}

/** Both servers must answer the scenario with the expected status and the same body bytes; throws otherwise. */
export async function verifySameResponse(scenario: Scenario): Promise<void> {
  const framework = await send(scenario.baseUrls.framework, scenario);
  const plain = await send(scenario.baseUrls.plain, scenario);
  if (framework.status !== plain.status || framework.body !== plain.body) {
    throw new Error(
      `${scenario.name}: the servers disagree\n  framework: ${framework.status} ${framework.body}\n  plain:     ${plain.status} ${plain.body}`,
    );
  }
  if (framework.status !== scenario.expectStatus) {
    throw new Error(`${scenario.name}: expected ${scenario.expectStatus}, both servers gave ${framework.status} ${framework.body}`);
  }
}
