#!/usr/bin/env node
// Runs the compiled CLI. `npm ci` builds it (the prepare script); from a source checkout
// without a build, say so rather than failing with a module-not-found trace.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/bin.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    'mvnoscope: not built yet; run `npm ci` (or `npm run build`) in the project first\n',
  );
  process.exit(3);
}
await import(entry.href);
