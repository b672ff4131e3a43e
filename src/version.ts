import { createRequire } from 'node:module';

// package.json sits one level up from both src and dist.
const require = createRequire(import.meta.url);
const manifest = require('../package.json') as { version: string };

/** mvnoscope's version, as package.json states it: every adapter reports this one. */
export const VERSION: string = manifest.version;
