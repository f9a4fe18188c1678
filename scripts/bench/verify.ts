import { isDeepStrictEqual } from 'node:util';
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

const parsed = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
};

/**
 * Why the servers' answers to the scenario differ (status, or the JSON body: same values, whatever the property
 * order), or why one gives another status than expected; undefined when all agree. `statusOnly` servers (peers with
 * their own error wording) are held to the status alone.
 */
export async function responseMismatch(
  scenario: Scenario,
  baseUrls: Record<string, string>,
  statusOnly: readonly string[] = [],
): Promise<string | undefined> {
  const answers = await Promise.all(Object.entries(baseUrls).map(async ([side, url]) => ({ side, ...(await send(url, scenario.request)) })));
  const wrong = answers.filter((a) => a.status !== scenario.expectStatus);
  if (wrong.length > 0) {
    return `${scenario.name}: expected ${scenario.expectStatus}, ${wrong.map((a) => `${a.side} gave ${a.status} ${a.body}`).join('; ')}`;
  }
  const compared = answers.filter((a) => !statusOnly.includes(a.side));
  const [first, ...rest] = compared;
  const differing = rest.filter((a) => !isDeepStrictEqual(parsed(a.body), parsed(first!.body)));
  if (first && differing.length > 0) {
    return `${scenario.name}: the servers disagree\n${[first, ...differing].map((a) => `  ${a.side}: ${a.status} ${a.body}`).join('\n')}`;
  }
  return undefined;
}

/** Every server must answer the scenario with the expected status (and the compared ones the same body); throws otherwise. */
export async function verifySameResponse(scenario: Scenario, baseUrls: Record<string, string>, statusOnly: readonly string[] = []): Promise<void> {
  const mismatch = await responseMismatch(scenario, baseUrls, statusOnly);
  if (mismatch) throw new Error(mismatch);
}
