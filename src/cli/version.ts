import { createRequire } from 'node:module';

// package.json sits two levels up from both src/cli and dist/cli.
const require = createRequire(import.meta.url);
const manifest = require('../../package.json') as { version: string };

export const VERSION: string = manifest.version;

/** Version of every JSON document the CLI prints; bumped when a shape changes incompatibly. */
export const JSON_SCHEMA_VERSION = 1;

/** The fields that open every JSON document the CLI prints: its shape version and its producer. */
export function jsonHeader() {
  return { schemaVersion: JSON_SCHEMA_VERSION, tool: { name: 'mvnoscope', version: VERSION } };
}
