/**
 * Files to download for a stored version: the HTML report (as `mvnoscope report` makes it) and
 * the supplier register (as `mvnoscope register` makes it, CSV or XLSX). Reading the workspace
 * is enough. The files are made on download workers, off the request thread.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Tables } from '../../storage/tables.js';
import type { ApiEnv } from '../api-env.js';
import type { DownloadKind } from '../download-worker.js';
import type { Downloads } from '../downloads.js';
import { errorResponses } from '../error-responses.js';
import { VersionParams } from '../path-params.js';
import { storedModel, storedVersion } from '../stored-model.js';
import { workspaceRulesText } from '../workspace-rules.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FILES = {
  report: { suffix: 'report.html', type: 'text/html; charset=utf-8' },
  'register-csv': { suffix: 'suppliers.csv', type: 'text/csv; charset=utf-8' },
  'register-xlsx': { suffix: 'suppliers.xlsx', type: XLSX_TYPE },
} as const satisfies Record<DownloadKind, { suffix: string; type: string }>;

/** A file name any browser and file system accepts: the model's name in plain ASCII. */
function fileName(modelName: string, version: number, kind: DownloadKind): string {
  const stem = modelName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'model';
  return `${stem}-v${version}-${FILES[kind].suffix}`;
}

const fileResponse = (type: string, description: string) => ({
  description,
  headers: z.object({
    'content-disposition': z
      .string()
      .openapi({ example: 'attachment; filename="x-v1-report.html"' }),
  }),
  content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } },
});

export function registerDownloadRoutes(
  app: OpenAPIHono<ApiEnv>,
  db: Kysely<Tables>,
  downloads: Downloads,
): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}/models/{modelId}/versions/{version}/report',
      tags: ['downloads'],
      summary:
        'The HTML report of a version: one self-contained page (takes seconds; made off the request thread)',
      request: { params: VersionParams },
      responses: {
        200: fileResponse(FILES.report.type, 'The report, as an attachment'),
        ...errorResponses(401, 403, 404, 422, 503),
      },
    }),
    async (c) => {
      const { modelId, version } = c.req.valid('param');
      const model = await storedModel(db, c, modelId);
      const found = await storedVersion(db, model, version);
      const rules = await workspaceRulesText(db, model.workspaceId);
      const body = await downloads.make({
        kind: 'report',
        source: `${model.name}, version ${version}`,
        text: found.text,
        ...(rules === undefined ? {} : { rules }),
      });
      return c.body(body, 200, {
        'content-type': FILES.report.type,
        'content-disposition': `attachment; filename="${fileName(model.name, version, 'report')}"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}/models/{modelId}/versions/{version}/register',
      tags: ['downloads'],
      summary: 'The supplier register of a version, one row per provider, as CSV or XLSX',
      request: {
        params: VersionParams,
        query: z.object({
          format: z
            .enum(['csv', 'xlsx'])
            .default('csv')
            .openapi({ description: 'CSV (UTF-8 with a byte-order mark) or an Excel workbook' }),
        }),
      },
      responses: {
        200: {
          ...fileResponse(FILES['register-csv'].type, 'The register, as an attachment'),
          content: {
            [FILES['register-csv'].type]: { schema: z.string() },
            [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
          },
        },
        ...errorResponses(401, 403, 404, 422, 503),
      },
    }),
    async (c) => {
      const { modelId, version } = c.req.valid('param');
      const kind: DownloadKind =
        c.req.valid('query').format === 'xlsx' ? 'register-xlsx' : 'register-csv';
      const model = await storedModel(db, c, modelId);
      const found = await storedVersion(db, model, version);
      const rules = await workspaceRulesText(db, model.workspaceId);
      const body = await downloads.make({
        kind,
        source: `${model.name}, version ${version}`,
        text: found.text,
        ...(rules === undefined ? {} : { rules }),
      });
      return c.body(body, 200, {
        'content-type': FILES[kind].type,
        'content-disposition': `attachment; filename="${fileName(model.name, version, kind)}"`,
      });
    },
  );
}
