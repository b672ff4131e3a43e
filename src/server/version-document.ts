/**
 * A stored model version made into the API's version document (src/api/versions.ts): its text
 * and history fields, and what the core loader reads from the text — the decision log and the accepted risks as they stood in that
 * version, and any diagnostics. Versions were valid when saved; one that no longer loads (after
 * a schema change) is returned with its diagnostics rather than refused.
 */
import type { VersionDocument } from '../api/versions.js';
import { loadModel } from '../model/load/load-model.js';
import type { ModelVersion } from '../storage/models.js';
import { diagnosticJson } from './diagnostics-json.js';
import { MAX_MODEL_CHARS } from './limits.js';

export function versionDocument(version: ModelVersion, file: string): VersionDocument {
  const loaded = loadModel(version.text, { file, limits: { maxChars: MAX_MODEL_CHARS } });
  return {
    version: version.version,
    author: version.author,
    message: version.message,
    createdAt: version.createdAt,
    restoredFrom: version.restoredFrom,
    modelId: version.modelId,
    text: version.text,
    valid: loaded.ok,
    diagnostics: loaded.diagnostics.map(diagnosticJson),
    decisions: loaded.ok ? (loaded.declared.decisions ?? []) : [],
    acceptedRisks: loaded.ok ? (loaded.declared.suppressions ?? []) : [],
  };
}
