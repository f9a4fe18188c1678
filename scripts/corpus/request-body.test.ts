import { describe, expect, it } from 'vitest';
import { encodeBody } from './request-body.ts';

const shape = { kind: 'object', properties: {} } as const;

async function received(encoded: ReturnType<typeof encodeBody>): Promise<{ contentType: string; body: Request }> {
  const request = new Request('http://127.0.0.1/', {
    method: 'POST',
    body: encoded.body,
    ...(encoded.contentType ? { headers: { 'content-type': encoded.contentType } } : {}),
  });
  return { contentType: request.headers.get('content-type') ?? '', body: request };
}

describe('corpus request bodies', () => {
  it('builds a real multipart body: fields as text, structured fields as JSON, a file part per binary property', async () => {
    const value = { model: 'whisper-1', temperature: 0, tags: ['a', 'b'], options: { x: 1 }, file: 'x', images: ['x', 'x'] };
    const encoded = encodeBody('multipart/form-data', { kind: 'multipart', shape, files: { file: 'one', images: 'many', absent: 'one' } }, value);
    const { contentType, body } = await received(encoded);
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    const form = await body.formData();
    expect(form.get('model')).toBe('whisper-1');
    expect(form.get('temperature')).toBe('0');
    expect(form.getAll('tags')).toEqual(['a', 'b']);
    expect(form.get('options')).toBe('{"x":1}');
    const file = form.get('file');
    expect(file).toBeInstanceOf(File);
    expect((file as File).size).toBeGreaterThan(0);
    expect(form.getAll('images')).toHaveLength(2);
    expect(form.has('absent')).toBe(false);
  });

  it('sends one file for an array of files the sample left empty', async () => {
    const encoded = encodeBody('multipart/form-data', { kind: 'multipart', shape, files: { images: 'many' } }, { images: [] });
    const form = await (await received(encoded)).body.formData();
    expect(form.getAll('images')).toHaveLength(1);
  });

  it('builds a urlencoded body with arrays as repeated keys', async () => {
    const encoded = encodeBody('application/x-www-form-urlencoded; charset=utf-8', { kind: 'form', shape }, { To: '+15005550006', Tags: ['a', 'b'], Count: 2 });
    const { contentType, body } = await received(encoded);
    expect(contentType).toBe('application/x-www-form-urlencoded');
    expect(await body.text()).toBe('To=%2B15005550006&Tags=a&Tags=b&Count=2');
  });

  it('sends JSON as JSON, text as text and other media as bytes of their type', async () => {
    expect(encodeBody('application/json', { kind: 'json' }, { a: 1 })).toEqual({ body: '{"a":1}', contentType: 'application/json' });
    expect(encodeBody('text/plain', { kind: 'text' }, 'hello')).toEqual({ body: 'hello', contentType: 'text/plain' });
    const bytes = encodeBody('image/*', { kind: 'binary' }, undefined);
    expect(bytes.contentType).toBe('application/octet-stream');
    expect(Buffer.isBuffer(bytes.body)).toBe(true);
  });
});
