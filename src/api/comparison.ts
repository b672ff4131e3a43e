/**
 * The comparison of two versions of a model as the API returns it: both versions' history
 * entries and the core's comparison (the document of `mvnoscope compare --json`).
 */
import { z } from '@hono/zod-openapi';
import type { Comparison } from '../compare/compare-assessments.js';
import { coreDocument } from './core-document.js';
import { VersionSummarySchema } from './versions.js';

export const ComparisonDocumentSchema = z.object({
  from: VersionSummarySchema,
  to: VersionSummarySchema,
  comparison: coreDocument<Comparison>(
    'compareAssessments: figures, dependencies, single points, findings',
  ),
});

export type ComparisonDocument = z.infer<typeof ComparisonDocumentSchema>;
