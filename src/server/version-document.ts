/**
 * A stored model version as the API returns it: its text and history fields, and what the core
 * loader reads from the text — the decision log and the accepted risks as they stood in that
 * version, and any diagnostics. Versions were valid when saved; one that no longer loads (after
 * a schema change) is returned with its diagnostics rather than refused.
 */
import { z } from '@hono/zod-openapi';
import { loadModel } from '../model/load/load-model.js';
import { DecisionSchema } from '../model/schema/decisions.js';
import { SuppressionSchema } from '../model/schema/suppressions.js';
import type { ModelVersion } from '../storage/models.js';
import { DiagnosticSchema, diagnosticJson } from './diagnostics-json.js';
import { MAX_MODEL_CHARS } from './limits.js';

export const VersionSummarySchema = z
  .object({
    version: z.number().int(),
    author: z.string(),
    message: z.string(),
    createdAt: z.string(),
    restoredFrom: z.number().int().nullable(),
  })
  .openapi('VersionSummary');

export const VersionDocumentSchema = VersionSummarySchema.extend({
  modelId: z.string(),
  text: z.string(),
  valid: z.boolean(),
  diagnostics: z.array(DiagnosticSchema),
  decisions: z.array(DecisionSchema),
  acceptedRisks: z.array(SuppressionSchema),
}).openapi('Version');

export type VersionDocument = z.infer<typeof VersionDocumentSchema>;

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
