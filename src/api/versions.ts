/**
 * Model versions as the API returns them: the history entry of each version, and one version
 * in full — its text, and what the core loader reads from it (the decision log and the
 * accepted risks as they stood in that version, and any diagnostics).
 */
import { z } from '@hono/zod-openapi';
import { DecisionSchema } from '../model/schema/decisions.js';
import { SuppressionSchema } from '../model/schema/suppressions.js';
import { DiagnosticSchema } from './diagnostics.js';

export const VersionSummarySchema = z
  .object({
    version: z.number().int(),
    author: z.string(),
    message: z.string(),
    createdAt: z.string(),
    restoredFrom: z.number().int().nullable(),
  })
  .openapi('VersionSummary');

export type VersionSummary = z.infer<typeof VersionSummarySchema>;

/** The history of a model, newest first. */
export const VersionListSchema = z.object({ versions: z.array(VersionSummarySchema) });

export type VersionListDocument = z.infer<typeof VersionListSchema>;

export const VersionDocumentSchema = VersionSummarySchema.extend({
  modelId: z.string(),
  text: z.string(),
  valid: z.boolean(),
  diagnostics: z.array(DiagnosticSchema),
  decisions: z.array(DecisionSchema),
  acceptedRisks: z.array(SuppressionSchema),
}).openapi('Version');

export type VersionDocument = z.infer<typeof VersionDocumentSchema>;
