/**
 * Loader diagnostics as the API returns them: flat, with 1-based line and column, so an editor
 * can underline the right span without knowing the loader's types; and the answer of
 * `POST /validate`, which is the diagnostics of a text and whether it loads.
 */
import { z } from '@hono/zod-openapi';

export const DiagnosticSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    code: z.string().openapi({ example: 'unknown-reference' }),
    message: z.string(),
    line: z.number().int(),
    column: z.number().int(),
    endLine: z.number().int().optional(),
    endColumn: z.number().int().optional(),
    path: z.string().openapi({ example: 'providers[2].supplies[0].share' }),
    expected: z.string().optional(),
    found: z.string().optional(),
    suggestion: z.string().optional(),
  })
  .openapi('Diagnostic');

export type DiagnosticDocument = z.infer<typeof DiagnosticSchema>;

export const ValidationSchema = z.object({
  valid: z.boolean(),
  diagnostics: z.array(DiagnosticSchema),
});

export type ValidationDocument = z.infer<typeof ValidationSchema>;
