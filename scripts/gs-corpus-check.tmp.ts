import { bundle, createConfig } from '@redocly/openapi-core';
import { collectOperations } from '/work/wt/gen-styles/scripts/generate/operations.ts';
import { basePathOf } from '/work/wt/gen-styles/scripts/generate/servers.ts';
for (const ref of process.argv.slice(2)) {
  try {
    const config = await createConfig({});
    const doc = (await bundle({ ref, config, dereference: false })).bundle.parsed as never;
    const ops = collectOperations(doc);
    const styles = new Map<string, number>();
    for (const op of ops) for (const p of op.parameters) { const k = `${p.in}:${p.plan.style}:${p.plan.explode}:${p.plan.shape.kind}`; styles.set(k, (styles.get(k) ?? 0) + 1); }
    const media = new Map<string, number>();
    for (const op of ops) for (const m of op.requestBody?.content ?? []) media.set(`${m.mediaType}:${m.decode.kind}`, (media.get(`${m.mediaType}:${m.decode.kind}`) ?? 0) + 1);
    console.log(ref, ops.length, 'ops; base', basePathOf(doc), JSON.stringify([...styles]), JSON.stringify([...media]));
  } catch (e) { console.log(ref, 'ERROR', (e as Error).message.slice(0, 400)); }
}
