import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpTransport } from './http-transport.ts';
import { checkTarget, forbiddenAddressKind, TargetRefusedError } from './target-guard.ts';

const REFUSED_URLS = [
  'http://127.0.0.1/hook',
  'http://127.1.2.3/hook',
  'http://[::1]/hook',
  'http://[::ffff:127.0.0.1]/hook',
  'http://[::ffff:7f00:1]/hook',
  'http://0.0.0.0/hook',
  'http://[::]/hook',
  'http://2130706433/hook',
  'http://0x7f000001/hook',
  'http://017700000001/hook',
  'http://10.0.0.1/hook',
  'http://172.16.0.1/hook',
  'http://172.31.255.255/hook',
  'http://192.168.1.1/hook',
  'http://169.254.169.254/latest/meta-data/',
  'http://100.64.0.1/hook',
  'http://100.127.255.254/hook',
  'http://[fe80::1]/hook',
  'http://[fc00::1]/hook',
  'http://[fd12:3456::1]/hook',
  'http://224.0.0.1/hook',
  'http://255.255.255.255/hook',
  'http://localhost/hook',
  'http://localhost:3000/hook',
  'https://LOCALHOST./hook',
];

const NOT_HTTP = ['ftp://example.com/file', 'file:///etc/passwd', 'gopher://127.0.0.1:25/', 'javascript:alert(1)', 'not a url', '//example.com/hook'];

const PUBLIC_ADDRESSES = ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:2800:220:1:248:1893:25c8:1946', '1.1.1.1'];

describe('SSRF guard', () => {
  it.each(REFUSED_URLS)('refuses %s at registration, naming the setting that allows it', async (url) => {
    const refusal = checkTarget(url, { allowPrivateTargets: false });
    await expect(refusal).rejects.toBeInstanceOf(TargetRefusedError);
    await expect(refusal).rejects.toThrow('set WEBHOOK_ALLOW_PRIVATE_TARGETS=true to allow');
  });

  it.each(NOT_HTTP)('refuses %s (not an absolute http(s) URL), even when private targets are allowed, and names no setting', async (url) => {
    const refusal = checkTarget(url, { allowPrivateTargets: true });
    await expect(refusal).rejects.toBeInstanceOf(TargetRefusedError);
    await expect(refusal).rejects.not.toThrow('WEBHOOK_ALLOW_PRIVATE_TARGETS');
  });

  it('names the address and its kind', async () => {
    await expect(checkTarget('http://localhost/', { allowPrivateTargets: false })).rejects.toThrow('localhost is a loopback name');
    const toLoopback = async () => [{ address: '127.0.0.1', family: 4 }];
    await expect(checkTarget('http://rebind.example/', { allowPrivateTargets: false, resolve: toLoopback })).rejects.toThrow(
      'rebind.example resolves to 127.0.0.1, which is a loopback address',
    );
    await expect(checkTarget('http://2130706433/', { allowPrivateTargets: false })).rejects.toThrow('127.0.0.1 is a loopback address');
    await expect(checkTarget('http://[::ffff:127.0.0.1]/', { allowPrivateTargets: false })).rejects.toThrow('IPv4-mapped');
    await expect(checkTarget('http://100.64.0.1/', { allowPrivateTargets: false })).rejects.toThrow('CGNAT');
  });

  it('refuses a name when any of its addresses is private', async () => {
    const resolve = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.1.2.3', family: 4 },
    ];
    await expect(checkTarget('https://mixed.example/', { allowPrivateTargets: false, resolve })).rejects.toThrow('mixed.example resolves to 10.1.2.3');
  });

  it('accepts public addresses, names that resolve to them, and names that do not resolve yet', async () => {
    for (const address of PUBLIC_ADDRESSES) expect(forbiddenAddressKind(address)).toBeUndefined();
    const resolve = async () => [{ address: '93.184.216.34', family: 4 }];
    await expect(checkTarget('https://hooks.example.com/users', { allowPrivateTargets: false, resolve })).resolves.toBeInstanceOf(URL);
    const unresolvable = async () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
    await expect(checkTarget('https://hooks.example.com/users', { allowPrivateTargets: false, resolve: unresolvable })).resolves.toBeInstanceOf(URL);
  });

  it('accepts private targets when WEBHOOK_ALLOW_PRIVATE_TARGETS is set', async () => {
    for (const url of REFUSED_URLS) await expect(checkTarget(url, { allowPrivateTargets: true })).resolves.toBeInstanceOf(URL);
  });
});

describe('SSRF guard when connecting', () => {
  let hits = 0;
  let origin = '';
  const server = createServer((_request, response) => {
    hits += 1;
    response.end('reached');
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const request = { headers: {}, body: '{}' };

  it('refuses to connect to a literal private address, and to a name that resolves to one (checked on the address connected to)', async () => {
    const guarded = createHttpTransport({ allowPrivateTargets: false, timeoutMs: 2_000, maxSockets: 1 });
    const port = origin.split(':')[1];
    try {
      for (const url of [`http://${origin}/`, `http://localhost:${port}/`, `http://2130706433:${port}/`, `http://[::ffff:127.0.0.1]:${port}/`]) {
        const result = await guarded.send({ ...request, url });
        expect(result.statusCode, url).toBeNull();
        expect(result.error, url).toMatch(/^Refused: .*WEBHOOK_ALLOW_PRIVATE_TARGETS=true/);
      }
      expect(hits).toBe(0);
    } finally {
      guarded.close();
    }
  });

  it('connects when private targets are allowed', async () => {
    const open = createHttpTransport({ allowPrivateTargets: true, timeoutMs: 2_000, maxSockets: 1 });
    try {
      const result = await open.send({ ...request, url: `http://localhost:${origin.split(':')[1]}/` });
      expect(result).toMatchObject({ statusCode: 200, responseBody: 'reached', error: null });
      expect(hits).toBe(1);
    } finally {
      open.close();
    }
  });
});
