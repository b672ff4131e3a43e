/**
 * The server's answers are the documents src/api defines, on SQLite and on PostgreSQL: each
 * answer parses with its schema, and parsing keeps it whole (zod drops keys a schema does not
 * name, so an answer with a field the contract lacks, or without one it names, fails here).
 */
import { readFileSync } from 'node:fs';
import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../../src/api/assessment.js';
import { ComparisonDocumentSchema } from '../../src/api/comparison.js';
import { ValidationSchema } from '../../src/api/diagnostics.js';
import { ErrorBodySchema } from '../../src/api/errors.js';
import { HealthSchema } from '../../src/api/health.js';
import { type Job, JobListSchema, JobSchema } from '../../src/api/jobs.js';
import { ModelListSchema, ModelWithVersionSchema } from '../../src/api/models.js';
import { VersionDocumentSchema, VersionListSchema } from '../../src/api/versions.js';
import { MeSchema, WorkspaceListSchema, WorkspaceSchema } from '../../src/api/workspaces.js';
import { createWorkspace, type Workspace } from '../../src/storage/workspaces.js';
import { TEST_BACKENDS } from './support.js';
import {
  type ApiAnswer,
  apiCaller,
  grant,
  openTestServer,
  type TestServer,
} from './test-server.js';

const EXAMPLE = readFileSync(
  new URL('../../examples/light-mvno-on-enabler.yaml', import.meta.url),
  'utf8',
);

/** The answer is exactly a document of the schema: it parses, and nothing is dropped. */
function expectDocument(schema: z.ZodType, json: unknown): void {
  const parsed = schema.safeParse(json);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(json);
}

describe.each(TEST_BACKENDS)('API documents on $name', (backend) => {
  describe.skipIf(backend.skip !== undefined)(backend.skip ?? 'runs', () => {
    let server: TestServer;
    /** A request with the workspace's write token. */
    let call: (method: string, path: string, body?: unknown) => Promise<ApiAnswer<unknown>>;
    let workspace: Workspace;
    let token: string;

    const models = () => `/api/workspaces/${workspace.id}/models`;

    /** Starts a job and polls it until it has finished. */
    const finishedJob = async (request: object): Promise<Job> => {
      const started = await call('POST', `/api/workspaces/${workspace.id}/jobs`, request);
      expect(started.status).toBe(202);
      expectDocument(JobSchema, started.json);
      const path = `/api/workspaces/${workspace.id}/jobs/${(started.json as Job).id}`;
      for (let attempt = 0; attempt < 600; attempt++) {
        const job = (await call('GET', path)).json as Job;
        if (job.status !== 'queued' && job.status !== 'running') return job;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`job at ${path} did not finish in time`);
    };

    beforeAll(async () => {
      server = await openTestServer(backend.name);
      workspace = await createWorkspace(server.db, 'contract');
      token = await grant(server.db, 'carla', workspace, 'write');
      const api = apiCaller(server.app);
      call = (method, path, body) => api(method, path, token, body);
    });

    afterAll(async () => {
      await server?.close();
    });

    it('answers health, the token and its workspaces as the contract says', async () => {
      expectDocument(HealthSchema, (await call('GET', '/api/health')).json);
      expectDocument(MeSchema, (await call('GET', '/api/me')).json);
      expectDocument(WorkspaceListSchema, (await call('GET', '/api/workspaces')).json);
      expectDocument(WorkspaceSchema, (await call('GET', `/api/workspaces/${workspace.id}`)).json);
    });

    it('answers models, versions, analyses and comparisons as the contract says', async () => {
      const created = await call('POST', models(), { name: 'light', text: EXAMPLE });
      expect(created.status).toBe(201);
      expectDocument(ModelWithVersionSchema, created.json);
      const { id } = (created.json as z.infer<typeof ModelWithVersionSchema>).model;
      const saved = await call('POST', `${models()}/${id}/versions`, {
        text: `${EXAMPLE}\n`,
        baseVersion: 1,
      });
      expect(saved.status).toBe(201);
      expectDocument(VersionDocumentSchema, saved.json);
      expectDocument(ModelListSchema, (await call('GET', models())).json);
      expectDocument(ModelWithVersionSchema, (await call('GET', `${models()}/${id}`)).json);
      expectDocument(VersionListSchema, (await call('GET', `${models()}/${id}/versions`)).json);
      expectDocument(
        VersionDocumentSchema,
        (await call('GET', `${models()}/${id}/versions/1`)).json,
      );
      const analysis = (await call('GET', `${models()}/${id}/versions/2/analysis`)).json;
      expectDocument(AssessmentSchema, analysis);
      // Its parts typed by the core are there too (a missing one would not fail the parse).
      expect(Object.keys(analysis as object).sort()).toEqual(
        Object.keys(AssessmentSchema.shape).sort(),
      );
      expectDocument(
        ComparisonDocumentSchema,
        (await call('GET', `${models()}/${id}/compare?from=1&to=2`)).json,
      );
    });

    it('answers validation and errors as the contract says', async () => {
      const invalid = await call('POST', '/api/validate', { text: 'operator: [' });
      expectDocument(ValidationSchema, invalid.json);
      expect((invalid.json as z.infer<typeof ValidationSchema>).valid).toBe(false);
      const missing = await call('GET', `${models()}/no-such-model`);
      expect(missing.status).toBe(404);
      expectDocument(ErrorBodySchema, missing.json);
      const refused = await call('POST', '/api/analyze', { text: 'operator: [' });
      expect(refused.status).toBe(422);
      expectDocument(ErrorBodySchema, refused.json);
    });

    it('answers jobs as the contract says, their results typed by kind', async () => {
      const simulation = await finishedJob({ kind: 'simulation', text: EXAMPLE, trials: 2_000 });
      expectDocument(JobSchema, simulation);
      expect(simulation.kind === 'simulation' && simulation.result?.trials).toBe(2_000);
      const optimization = await finishedJob({ kind: 'optimization', text: EXAMPLE });
      expectDocument(JobSchema, optimization);
      expect(optimization.kind === 'optimization' && optimization.result?.complete).toBe(true);
      expectDocument(
        JobListSchema,
        (await call('GET', `/api/workspaces/${workspace.id}/jobs`)).json,
      );
    });
  });
});
