/**
 * The web app's files (the Vite build in dist/web) served beside the API: any path outside
 * /api is a file of the build or, failing that, the app's index.html, whose router reads the
 * path. The shell needs no token (it holds no data); every response carries strict security
 * headers, and the content security policy lets a page load and call only its own origin.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
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
    if (extname(path) === '.html') {
      const nonce = randomBytes(16).toString('base64');
      return c.body(body.toString('utf8').replaceAll(NONCE_PLACEHOLDER, nonce), 200, {
        'Content-Type': CONTENT_TYPES['.html'] as string,
        'Cache-Control': 'no-store',
        'Content-Security-Policy': contentSecurityPolicy(nonce),
      });
    }
    // Hashed assets never change.
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': path.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
  };
}
