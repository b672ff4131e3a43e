/**
 * Loader diagnostics as the API returns them: flat, with 1-based line and column, so an editor
 * can underline the right span without knowing the loader's types.
 */
import { z } from '@hono/zod-openapi';
import { type Diagnostic, formatPath } from '../model/load/diagnostic.js';

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

export type DiagnosticJson = z.infer<typeof DiagnosticSchema>;

export function diagnosticJson(d: Diagnostic): DiagnosticJson {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    line: d.position.line,
    column: d.position.column,
    ...(d.endPosition === undefined
      ? {}
      : { endLine: d.endPosition.line, endColumn: d.endPosition.column }),
    path: formatPath(d.path),
    ...(d.expected === undefined ? {} : { expected: d.expected }),
    ...(d.found === undefined ? {} : { found: d.found }),
    ...(d.suggestion === undefined ? {} : { suggestion: d.suggestion }),
  };
}
