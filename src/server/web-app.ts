/**
 * The web app's files (the Vite build in dist/web) served beside the API: any path outside
 * /api is a file of the build or, failing that, the app's index.html, whose router reads the
 * path. The shell needs no token (it holds no data); every response carries strict security
 * headers, and the content security policy lets a page load and call only its own origin.
 * Text files go out compressed, brotli or gzip as the request's Accept-Encoding prefers
 * (RFC 9110 §12.5.3), with `Vary: Accept-Encoding`; each asset is compressed once and kept.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from './api-env.js';

/**
 * Only the page's own origin. The editor (CodeMirror) writes its theme into <style> elements:
 * those carry the nonce the shell was served with, and no other inline style sheet runs.
 */
export function contentSecurityPolicy(styleNonce?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${styleNonce === undefined ? '' : ` 'nonce-${styleNonce}'`}`,
    // The editor and the graph position elements through style attributes.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Where index.html asks for the nonce (web/index.html); the app hands it to the editor. */
const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** Headers on every response, the API's included. */
export const securityHeaders: MiddlewareHandler<ApiEnv> = async (c, next) => {
  await next();
  if (!c.res.headers.has('Content-Security-Policy'))
    c.header('Content-Security-Policy', contentSecurityPolicy());
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Cross-Origin-Resource-Policy', 'same-origin');
  c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Types worth compressing: text. Images and fonts (PNG, WOFF2) are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.ico']);

export type Encoding = 'br' | 'gzip';

/**
 * The coding to answer with, from an Accept-Encoding header: the acceptable one (q > 0) of
 * brotli and gzip with the higher weight, brotli on a tie (smaller for the same text); `*`
 * stands for either when not named; none when neither is acceptable.
 */
export function chooseEncoding(header: string | undefined): Encoding | undefined {
  if (header === undefined) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    // A weight that is no number (q=abc) makes the coding unacceptable rather than preferred.
    const q = params.map((p) => /^\s*q=(.*)$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q.trim() === '' ? Number.NaN : q);
    if (name !== '') weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: Encoding) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br <= 0 && gz <= 0) return undefined;
  return br >= gz ? 'br' : 'gzip';
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Brotli quality 9 and gzip level 9: the 740 kB main script compresses in well under a second
 * once, against quality 11's seconds for a few per cent more; the result is kept.
 */
function compress(body: Uint8Array, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: 9,
          [zlib.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
          [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        },
      })
    : gzipped(body, { level: 9 });
}

/** Compressed files of the build, by coding, path and version (size and time of change). */
const compressedFiles = new Map<string, Promise<Buffer>>();

function compressedFile(
  path: string,
  version: string,
  body: Uint8Array,
  encoding: Encoding,
): Promise<Buffer> {
  const key = `${encoding}|${version}|${path}`;
  let found = compressedFiles.get(key);
  if (found === undefined) {
    found = compress(body, encoding);
    compressedFiles.set(key, found);
    // A failed compression is not kept: the next request tries again.
    found.catch(() => compressedFiles.delete(key));
  }
  return found;
}

/**
 * Where the build is: beside the compiled server (dist/server → dist/web), or, when the server
 * runs from source (tests, tsx), in the package's dist/web.
 */
export function defaultWebRoot(): string {
  const candidates = ['../web/', '../../dist/web/'].map((relative) =>
    fileURLToPath(new URL(relative, import.meta.url)),
  );
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? (candidates[0] as string);
}

async function fileIn(root: string, path: string): Promise<string | undefined> {
  const file = normalize(join(root, decodeURIComponent(path)));
  // Never outside the build, whatever `..` or encoded separators the path holds.
  if (!file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() === true ? file : undefined;
}

export function serveWebApp(root: string): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    let path: string;
    try {
      path = (await fileIn(root, c.req.path)) ?? join(root, 'index.html');
    } catch {
      // A path that does not decode is no file of the build.
      path = join(root, 'index.html');
    }
    const body = await readFile(path).catch(() => undefined);
    if (body === undefined)
      return c.text('The web app is not built: run `npm run build`. The API is at /api.', 503);
    const extension = extname(path);
    const encoding = COMPRESSIBLE.has(extension)
      ? chooseEncoding(c.req.header('accept-encoding'))
      : undefined;
    const coded = (headers: Record<string, string>): Record<string, string> =>
      COMPRESSIBLE.has(extension)
        ? {
            ...headers,
            Vary: 'Accept-Encoding',
            ...(encoding === undefined ? {} : { 'Content-Encoding': encoding }),
          }
        : headers;
    if (extension === '.html') {
      // The shell is made per request (its nonce), so it is compressed per request: 1 kB.
      const nonce = randomBytes(16).toString('base64');
      const page = Buffer.from(body.toString('utf8').replaceAll(NONCE_PLACEHOLDER, nonce));
      return c.body(
        new Uint8Array(encoding === undefined ? page : await compress(page, encoding)),
        200,
        coded({
          'Content-Type': CONTENT_TYPES['.html'] as string,
          'Cache-Control': 'no-store',
          'Content-Security-Policy': contentSecurityPolicy(nonce),
        }),
      );
    }
    const info = await stat(path);
    const sent =
      encoding === undefined
        ? body
        : await compressedFile(path, `${info.size}:${info.mtimeMs}`, body, encoding);
    // Hashed assets never change.
    return c.body(
      new Uint8Array(sent),
      200,
      coded({
        'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
        'Cache-Control': path.includes(`${sep}assets${sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      }),
    );
  };
}
