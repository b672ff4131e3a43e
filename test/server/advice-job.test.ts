/**
 * The advice job on SQLite and PostgreSQL: a stored version's advice run on the job's worker
 * with progress (moves valued of all, then the plan), its result the advisor's document as
 * computed in process with the same trials and seed, and bad requests refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advise } from '../../src/advice/index.js';
import type { Job, JobOf } from '../../src/api/jobs.js';
import { JobSchema } from '../../src/api/jobs.js';
import { createWorkspace, type Workspace } from '../../src/storage/workspaces.js';
import { loadOk, readExample } from '../support/load.js';
import { TEST_BACKENDS } from './support.js';
import {
  type ApiAnswer,
  apiCaller,
  grant,
  openTestServer,
  type TestServer,
} from './test-server.js';

const NAME = 'light-mvno-on-enabler.yaml';
const EXAMPLE = readExample(NAME);
/** A tenth of the advisor's default trials: the job's plumbing, not the figures, is tested. */
const TRIALS = 2_000;

describe.each(TEST_BACKENDS)('the advice job on $name', (backend) => {
  describe.skipIf(backend.skip !== undefined)(backend.skip ?? 'runs', () => {
    let server: TestServer;
    /** A request with the workspace's write token. */
    let call: (method: string, path: string, body?: unknown) => Promise<ApiAnswer<unknown>>;
    let workspace: Workspace;
    let token: string;

    beforeAll(async () => {
      server = await openTestServer(backend.name);
      workspace = await createWorkspace(server.db, 'advised');
      token = await grant(server.db, 'alice', workspace, 'write');
      const api = apiCaller(server.app);
      call = (method, path, body) => api(method, path, token, body);
    });

    afterAll(async () => {
      await server?.close();
    });

    it('advises on a stored version with progress, giving the advisor’s document', async () => {
      const created = await call('POST', `/api/workspaces/${workspace.id}/models`, {
        name: 'kestrel',
        text: EXAMPLE,
      });
      expect(created.status).toBe(201);
      const modelId = (created.json as { model: { id: string } }).model.id;
      const started = await call('POST', `/api/workspaces/${workspace.id}/jobs`, {
        kind: 'advice',
        modelId,
        trials: TRIALS,
        seed: 3,
      });
      expect(started.status).toBe(202);
      expect(JobSchema.safeParse(started.json).success).toBe(true);
      const path = `/api/workspaces/${workspace.id}/jobs/${(started.json as Job).id}`;
      const seen: { done: number; total: number | null }[] = [];
      let job: Job | undefined;
      for (let i = 0; i < 1200; i++) {
        job = (await call('GET', path)).json as Job;
        seen.push(job.progress);
        if (job.status !== 'queued' && job.status !== 'running') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(job).toMatchObject({
        kind: 'advice',
        status: 'succeeded',
        error: null,
        source: { name: 'kestrel', modelId, version: 1 },
      });
      const done = job as JobOf<'advice'>;
      const result = done.result;
      if (result === null) throw new Error('a succeeded job has a result');
      // The same document as the advisor gives in process for the same text, trials and seed.
      const { seconds, ...document } = result;
      expect(seconds).toBeGreaterThan(0);
      const expected = advise(loadOk(EXAMPLE, 'kestrel'), { trials: TRIALS, seed: 3 });
      expect(document).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(result.moves.length).toBeGreaterThan(0);
      // Progress: every move proposed, valued or not, then the plan as one step more.
      const total = result.moves.length + result.unvalued.length + 1;
      expect(done.progress).toEqual({ done: total, total });
      for (const p of seen) {
        if (p.total !== null) expect(p.total).toBe(total);
        expect(p.done).toBeLessThanOrEqual(total);
      }
    }, 120_000);

    it('refuses advice requests out of bounds or without a model', async () => {
      const tooMany = await call('POST', `/api/workspaces/${workspace.id}/jobs`, {
        kind: 'advice',
        text: EXAMPLE,
        trials: 10 ** 7,
      });
      expect(tooMany.status).toBe(422);
      expect(tooMany.json).toMatchObject({ error: { code: 'invalid_request' } });
      const neither = await call('POST', `/api/workspaces/${workspace.id}/jobs`, {
        kind: 'advice',
      });
      expect(neither.status).toBe(422);
      const broken = await call('POST', `/api/workspaces/${workspace.id}/jobs`, {
        kind: 'advice',
        text: 'operator: [',
      });
      expect(broken.status).toBe(422);
      expect(JSON.stringify(broken.json)).not.toMatch(/\n\s+at /);
    });

    it('describes the advice job in the OpenAPI document', async () => {
      const { status, json } = await call('GET', '/api/openapi.json');
      expect(status).toBe(200);
      const schemas = (json as { components: { schemas: Record<string, unknown> } }).components
        .schemas;
      const kinds = (name: string) =>
        (
          (schemas[name] as { oneOf?: { properties?: { kind?: { enum?: string[] } } }[] }).oneOf ??
          []
        ).flatMap((variant) => variant.properties?.kind?.enum ?? []);
      expect(kinds('JobRequest')).toEqual(['simulation', 'optimization', 'advice']);
      expect(kinds('Job')).toEqual(['simulation', 'optimization', 'advice']);
      expect(JSON.stringify(schemas.Job)).toContain('mvnoscope advise --json');
    });
  });
});
