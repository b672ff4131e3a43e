/**
 * The web app's files go out compressed as the browser asks: brotli when Accept-Encoding
 * admits it, gzip when only that, the file as it is otherwise, each with
 * `Vary: Accept-Encoding` so no cache hands one coding to a browser that asked for another.
 * Images are sent as they are. The bytes decompress to the file (the shell: to the page with
 * the nonce its content security policy names).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEnv } from '../../src/server/api-env.js';
import { chooseEncoding, serveWebApp } from '../../src/server/web-app.js';

let root: string;
let app: Hono<ApiEnv>;
/** A script like a bundle's: 300 kB of repeating code. */
const SCRIPT = Array.from(
  { length: 6000 },
  (_, i) => `export function f${i}(a){return a*${i}+"${(i * 7919) % 1000}";}\n`,
).join('');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mvnoscope-web-gzip-'));
  await mkdir(join(root, 'assets'));
  await writeFile(
    join(root, 'index.html'),
    '<!doctype html><meta name="csp-nonce" content="__CSP_NONCE__"><div id="root"></div>',
  );
  await writeFile(join(root, 'assets', 'index-abc123.js'), SCRIPT);
  await writeFile(join(root, 'assets', 'logo.png'), PNG);
  app = new Hono<ApiEnv>();
  app.use('*', serveWebApp(root));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const get = (path: string, acceptEncoding?: string) =>
  app.request(path, {
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('compressed static files', () => {
  it('sends brotli when the browser admits it, and says it varies', async () => {
    const response = await get('/assets/index-abc123.js', 'gzip, deflate, br, zstd');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const body = await bytes(response);
    expect(brotliDecompressSync(body).toString('utf8')).toBe(SCRIPT);
    // Repeating code compresses to a small part of itself.
    expect(body.byteLength).toBeLessThan(SCRIPT.length / 5);
    // The second request is served from the kept result, byte for byte the same.
    expect(await bytes(await get('/assets/index-abc123.js', 'br'))).toEqual(body);
  });

  it('sends gzip when only gzip is acceptable, and the file itself when neither is', async () => {
    const gzipped = await get('/assets/index-abc123.js', 'gzip, br;q=0');
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(gunzipSync(await bytes(gzipped)).toString('utf8')).toBe(SCRIPT);

    for (const header of [undefined, 'identity', 'br;q=0, gzip;q=0', 'deflate']) {
      const plain = await get('/assets/index-abc123.js', header);
      expect(plain.headers.get('content-encoding'), header).toBeNull();
      expect(plain.headers.get('vary'), header).toBe('Accept-Encoding');
      expect((await bytes(plain)).toString('utf8'), header).toBe(SCRIPT);
    }
  });

  it('compresses the shell with the nonce its policy names, and sends images as they are', async () => {
    const shell = await get('/workspaces/demo', 'gzip');
    expect(shell.headers.get('content-encoding')).toBe('gzip');
    expect(shell.headers.get('vary')).toBe('Accept-Encoding');
    const page = gunzipSync(await bytes(shell)).toString('utf8');
    const nonce = /content="([^"]+)"/.exec(page)?.[1];
    expect(nonce).not.toBe('__CSP_NONCE__');
    expect(shell.headers.get('content-security-policy')).toContain(`'nonce-${nonce}'`);

    const image = await get('/assets/logo.png', 'gzip, br');
    expect(image.headers.get('content-encoding')).toBeNull();
    expect(image.headers.get('vary')).toBeNull();
    expect(await bytes(image)).toEqual(PNG);
  });
});

describe('the coding chosen from Accept-Encoding', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['identity', undefined],
    ['gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, br', 'br'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['GZIP;Q=0.8, BR;Q=0.9', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0.5, gzip', 'gzip'],
    ['br;q=0, *', 'gzip'],
    ['*;q=0', undefined],
    ['gzip;q=abc', undefined],
  ] as const)('%s → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});
