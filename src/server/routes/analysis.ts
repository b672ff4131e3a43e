/**
 * Analysis of model text sent in the request: validation alone (for an editor's live errors)
 * and the full assessment. No workspace is involved, so any valid token may call these.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { AssessmentSchema } from '../../api/assessment.js';
import { ValidationSchema } from '../../api/diagnostics.js';
import { MAX_RULES_CHARS } from '../../api/rules.js';
import type { Analyser } from '../analyser.js';
import type { ApiEnv } from '../api-env.js';
import { assessmentResponse } from '../assessment-document.js';
import { errorResponses } from '../error-responses.js';
import { MAX_MODEL_CHARS } from '../limits.js';
import type { ModelWork } from '../model-work.js';

const TextBody = z.object({
  text: z.string().max(MAX_MODEL_CHARS).openapi({ description: 'The model, YAML or JSON' }),
  name: z
    .string()
    .max(200)
    .default('model.yaml')
    .openapi({ description: 'The file name diagnostics are reported against' }),
  rules: z.string().max(MAX_RULES_CHARS).optional().openapi({
    description:
      'User rules to run beside the built-in ones (YAML `rules:` list, as a workspace keeps them)',
  }),
});

export function registerAnalysisRoutes(
  app: OpenAPIHono<ApiEnv>,
  analyses: Analyser,
  work: ModelWork,
): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/validate',
      tags: ['analysis'],
      summary:
        'Validate model text: every diagnostic with its line and column (200 even when invalid)',
      request: { body: { required: true, content: { 'application/json': { schema: TextBody } } } },
      responses: {
        200: {
          description: 'Whether the model loads, and its diagnostics',
          content: {
            'application/json': { schema: ValidationSchema },
          },
        },
        ...errorResponses(400, 401, 413, 422, 503),
      },
    }),
    async (c) => {
      const { text, name } = c.req.valid('json');
      // On the pool: a hostile text must not hold the request thread (and /api/health) meanwhile.
      return c.json(await work.validation(name, text), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/analyze',
      tags: ['analysis'],
      summary:
        'Analyse model text: structure, scorecard, findings, lock-in (422 when it is invalid)',
      request: { body: { required: true, content: { 'application/json': { schema: TextBody } } } },
      responses: {
        200: {
          description: 'The analysis',
          content: { 'application/json': { schema: AssessmentSchema } },
        },
        ...errorResponses(400, 401, 413, 422, 503),
      },
    }),
    async (c) => {
      const { text, name, rules } = c.req.valid('json');
      const json = await analyses.analyse(name, text, rules);
      return assessmentResponse(c, json);
    },
  );
}
