import type { Scenario } from './scenario.ts';

export interface Response {
  status: number;
  body: string;
}

export async function send(baseUrl: string, request: Scenario['request']): Promise<Response> {
  const { method, path, headers, body } = request;
  const res = await fetch(`${baseUrl}${path}`, { method, ...(headers ? { headers } : {}), ...(body !== undefined ? { body } : {}) });
  return { status: res.status, body: await res.text() };
}

/** Why the two servers' answers to the scenario differ (status or body bytes), or undefined when they agree and give the expected status. */
export async function responseMismatch(scenario: Scenario): Promise<string | undefined> {
  const framework = await send(scenario.baseUrls.framework, scenario.request);
  const plain = await send(scenario.baseUrls.plain, scenario.request);
  if (framework.status !== plain.status || framework.body !== plain.body) {
    return `${scenario.name}: the servers disagree\n  framework: ${framework.status} ${framework.body}\n  plain:     ${plain.status} ${plain.body}`;
  }
  if (framework.status !== scenario.expectStatus) {
    return `${scenario.name}: expected ${scenario.expectStatus}, both servers gave ${framework.status} ${framework.body}`;
  }
  return undefined;
}

/** Both servers must answer the scenario with the expected status and the same body bytes; throws otherwise. */
export async function verifySameResponse(scenario: Scenario): Promise<void> {
  const mismatch = await responseMismatch(scenario);
  if (mismatch) throw new Error(mismatch);
}
