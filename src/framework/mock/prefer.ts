/** What a `Prefer` header asks of the mock: `code=404` picks the response by status, `example=NAME` by example name. */
export interface MockPreference {
  code?: number;
  example?: string;
}

/** Reads `Prefer: code=404, example=notFound` (also across repeated headers); other preferences are ignored. */
export function parsePrefer(header: string | string[] | undefined): MockPreference {
  const preference: MockPreference = {};
  const parts = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(/[,;]/);
  for (const part of parts) {
    const [name, ...rest] = part.split('=');
    const value = rest.join('=').trim().replace(/^"(.*)"$/, '$1');
    const key = name?.trim().toLowerCase();
    if (key === 'code' && /^[1-5]\d\d$/.test(value)) preference.code = Number(value);
    else if (key === 'example' && value !== '') preference.example = value;
  }
  return preference;
}
