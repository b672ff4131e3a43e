/** The fields that open every JSON document mvnoscope prints: its shape version and its producer. */
import { VERSION } from '../../version.js';

/** Version of every JSON document the CLI prints; bumped when a shape changes incompatibly. */
export const JSON_SCHEMA_VERSION = 1;

export function jsonHeader() {
  return { schemaVersion: JSON_SCHEMA_VERSION, tool: { name: 'mvnoscope', version: VERSION } };
}
