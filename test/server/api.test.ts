/**
 * The API in process (`app.request`), the same suite on SQLite and on PostgreSQL: tokens on
 * every route, workspace access, validation errors with positions, the concurrent-edit
 * conflict, history and restore, and jobs run to completion or cancelled.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessModel } from '../../src/assessment.js';
import { loadModel } from '../../src/model/load/load-model.js';
import { registerCsv } from '../../src/report/register/register-csv.js';
import { supplierRegister } from '../../src/report/register/supplier-register.js';
import { MAX_BODY_BYTES } from '../../src/server/limits.js';
import { createToken } from '../../src/storage/tokens.js';
import { createWorkspace, type Workspace } from '../../src/storage/workspaces.js';
import { TEST_BACKENDS } from './support.js';
import { type ApiCall, apiCaller, grant, openTestServer, type TestServer } from './test-server.js';

const EXAMPLE = readFileSync(
  new URL('../../examples/light-mvno-on-enabler.yaml', import.meta.url),
  'utf8',
);
const DECISIONS_IN_EXAMPLE = (
  EXAMPLE.slice(EXAMPLE.indexOf('\ndecisions:')).match(/^ {2}- id:/gm) ?? []
).length;
const WITHOUT_DESIGN_SPACE = readFileSync(
  new URL('../../examples/branded-reseller-single-host.yaml', import.meta.url),
  'utf8',
);
/** The example with one more accepted risk: a second, different, valid version. */
const WITH_ACCEPTED_RISK = `${EXAMPLE.trimEnd()}
suppressions:
  - finding: net-*
    reason: a second host network is being negotiated
    owner: CTO
    expires: 2099-01-01
`;

interface ErrorJson {
  error: { code: string; message: string; details?: unknown };
}

type Json = Record<string, unknown>;

describe.each(TEST_BACKENDS)('API on $name', (backend) => {
  describe.skipIf(backend.skip !== undefined)(backend.skip ?? 'runs', () => {
    let server: TestServer;
    let call: ApiCall<unknown>;
    let alpha: Workspace;
    let beta: Workspace;
    /** write on alpha, by "alice" */
    let writer: string;
    /** a second writer on alpha, "bob" */
    let other: string;
    /** read on alpha */
    let reader: string;
    /** write on beta only */
    let outsider: string;
    let admin: string;

    const expectError = (json: unknown, code: string) => {
      const error = (json as ErrorJson).error;
      expect(Object.keys(json as object)).toEqual(['error']);
      expect(error.code).toBe(code);
      expect(typeof error.message).toBe('string');
      expect(error.message).not.toMatch(/\n\s+at /); // no stack trace
    };

    const createModel = async (name: string, text = EXAMPLE) => {
      const created = await call('POST', `/api/workspaces/${alpha.id}/models`, writer, {
        name,
        text,
      });
      expect(created.status).toBe(201);
      return (created.json as { model: { id: string } }).model.id;
    };

    beforeAll(async () => {
      server = await openTestServer(backend.name);
      const { db } = server;
      call = apiCaller(server.app);
      alpha = await createWorkspace(db, 'alpha');
      beta = await createWorkspace(db, 'beta');
      writer = await grant(db, 'alice', alpha, 'write');
      other = await grant(db, 'bob', alpha, 'write');
      reader = await grant(db, 'rita', alpha, 'read');
      outsider = await grant(db, 'olga', beta, 'write');
      admin = (await createToken(db, { name: 'root', scope: 'admin', grants: [] })).token;
    });

    afterAll(async () => {
      await server?.close();
    });

    describe('authentication', () => {
      it('refuses every registered route without a valid token, except health', async () => {
        const modelId = await createModel('auth-probe');
        const routes = [
          ...new Map(
            server.app.routes
              .filter((r) => r.method !== 'ALL')
              .map((r) => [`${r.method} ${r.path}`, { method: r.method, path: r.path }]),
          ).values(),
        ];
        // The enumeration is not vacuous: it finds the routes the API is known to have.
        expect(routes.length).toBeGreaterThanOrEqual(18);
        expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
          expect.arrayContaining([
            'GET /api/health',
            'GET /api/openapi.json',
            'POST /api/workspaces/:workspaceId/models/:modelId/versions',
            'DELETE /api/workspaces/:workspaceId/jobs/:jobId',
          ]),
        );
        const [, id = ''] = /^mvs_([0-9a-f]{16})_/.exec(writer) ?? [];
        const badTokens = [
          undefined,
          'not-a-token',
          `mvs_${'0'.repeat(16)}_${'A'.repeat(43)}`, // well-formed, unknown id
          `mvs_${id}_${'A'.repeat(43)}`, // a real id with the wrong secret
          `${writer}x`,
        ];
        for (const route of routes) {
          const path = route.path
            .replace(':workspaceId', alpha.id)
            .replace(':modelId', modelId)
            .replace(':version', '1')
            .replace(':jobId', 'job');
          for (const token of badTokens) {
            const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
            const response = await call(route.method, path, token, body);
            if (route.path === '/api/health') expect(response.status).toBe(200);
            else {
              expect(response.status, `${route.method} ${route.path}`).toBe(401);
              expectError(response.json, 'unauthorized');
            }
          }
        }
      });

      it('answers unknown paths with 401 without a token and 404 with one, in one shape', async () => {
        expectError((await call('GET', '/api/nothing', undefined)).json, 'unauthorized');
        const found = await call('GET', '/api/nothing', writer);
        expect(found.status).toBe(404);
        expectError(found.json, 'not_found');
      });

      it('describes every registered route in the OpenAPI document', async () => {
        const response = await call('GET', '/api/openapi.json', reader);
        expect(response.status).toBe(200);
        const doc = response.json as { openapi: string; paths: Record<string, Json> };
        expect(doc.openapi).toBe('3.1.0');
        for (const route of server.app.routes.filter(
          (r) => r.method !== 'ALL' && r.path !== '/api/openapi.json',
        )) {
          const path = route.path.replace(/:(\w+)/g, '{$1}');
          expect(doc.paths[path]?.[route.method.toLowerCase()], route.path).toBeDefined();
        }
      });
    });

    describe('workspace access', () => {
      it('lists only the granted workspaces, with the role', async () => {
        const me = await call('GET', '/api/me', reader);
        expect(me.json).toMatchObject({
          name: 'rita',
          admin: false,
          workspaces: [{ id: alpha.id, role: 'read' }],
        });
        const all = await call('GET', '/api/workspaces', admin);
        expect((all.json as { workspaces: Json[] }).workspaces.map((w) => w.name)).toEqual(
          expect.arrayContaining(['alpha', 'beta']),
        );
      });

      it('refuses another workspace with 403, for reading and for writing', async () => {
        const read = await call('GET', `/api/workspaces/${alpha.id}/models`, outsider);
        expect(read.status).toBe(403);
        expectError(read.json, 'forbidden');
        const write = await call('POST', `/api/workspaces/${alpha.id}/models`, outsider, {
          name: 'x',
          text: EXAMPLE,
        });
        expect(write.status).toBe(403);
        const analyse = await call('GET', `/api/workspaces/${beta.id}/models`, writer);
        expect(analyse.status).toBe(403);
      });

      it('lets a read token read but not write', async () => {
        const modelId = await createModel('read-only');
        expect((await call('GET', `/api/workspaces/${alpha.id}/models`, reader)).status).toBe(200);
        const base = `/api/workspaces/${alpha.id}/models/${modelId}`;
        expect((await call('GET', `${base}/versions/1`, reader)).status).toBe(200);
        for (const [method, path, body] of [
          ['POST', `/api/workspaces/${alpha.id}/models`, { name: 'y', text: EXAMPLE }],
          ['POST', `${base}/versions`, { text: EXAMPLE, baseVersion: 1 }],
          ['POST', `${base}/versions/1/restore`, { baseVersion: 1 }],
          ['POST', `/api/workspaces/${alpha.id}/jobs`, { kind: 'simulation', modelId }],
        ] as const) {
          const response = await call(method, path, reader, body);
          expect(response.status, path).toBe(403);
          expectError(response.json, 'forbidden');
          expect((response.json as ErrorJson).error.message).toMatch(/read .* not change/);
        }
      });

      it('lets only admin tokens create workspaces, with unique names', async () => {
        const refused = await call('POST', '/api/workspaces', writer, { name: 'gamma' });
        expect(refused.status).toBe(403);
        const created = await call('POST', '/api/workspaces', admin, { name: 'gamma' });
        expect(created.status).toBe(201);
        expect(created.json).toMatchObject({ name: 'gamma', role: 'write' });
        const again = await call('POST', '/api/workspaces', admin, { name: 'gamma' });
        expect(again.status).toBe(409);
        expectError(again.json, 'name_taken');
        const id = (created.json as { id: string }).id;
        expect((await call('GET', `/api/workspaces/${id}`, admin)).status).toBe(200);
        expect((await call('GET', `/api/workspaces/${id}`, writer)).status).toBe(403);
      });

      it('does not find a model through another workspace', async () => {
        const modelId = await createModel('private');
        const response = await call('GET', `/api/workspaces/${beta.id}/models/${modelId}`, admin);
        expect(response.status).toBe(404);
        expectError(response.json, 'not_found');
      });
    });

    describe('validation', () => {
      it('refuses malformed JSON with 400', async () => {
        const response = await call('POST', '/api/analyze', writer, '{"text": ');
        expect(response.status).toBe(400);
        expectError(response.json, 'malformed_request');
      });

      it('refuses a body of the wrong shape with 422 and the field', async () => {
        const response = await call('POST', `/api/workspaces/${alpha.id}/models`, writer, {
          name: 'no text',
        });
        expect(response.status).toBe(422);
        expectError(response.json, 'invalid_request');
        const details = (response.json as ErrorJson).error.details as {
          issues: { path: string }[];
        };
        expect(details.issues.map((i) => i.path)).toContain('text');
      });

      it('returns a YAML syntax error with its line and column', async () => {
        const response = await call('POST', '/api/analyze', writer, {
          text: 'operator:\n  name: Test\n  country: [GB\nproviders: []\n',
        });
        expect(response.status).toBe(422);
        expectError(response.json, 'invalid_model');
        const { diagnostics } = (response.json as ErrorJson).error.details as {
          diagnostics: { severity: string; line: number; column: number; code: string }[];
        };
        const error = diagnostics.find((d) => d.severity === 'error');
        expect(error?.code).toBe('yaml-syntax');
        expect(error?.line).toBeGreaterThanOrEqual(3);
        expect(error?.column).toBeGreaterThanOrEqual(1);
      });

      it('points a schema error at the line of the wrong value', async () => {
        const lines = EXAMPLE.split('\n');
        const index = lines.findIndex((l) => /^ {2}subscribers: \d+/.test(l));
        lines[index] = '  subscribers: lots';
        const response = await call('POST', `/api/workspaces/${alpha.id}/models`, writer, {
          name: 'broken',
          text: lines.join('\n'),
        });
        expect(response.status).toBe(422);
        const { diagnostics } = (response.json as ErrorJson).error.details as {
          diagnostics: { severity: string; line: number; column: number; path: string }[];
        };
        expect(diagnostics).toContainEqual(
          expect.objectContaining({
            severity: 'error',
            line: index + 1,
            path: 'operator.subscribers',
          }),
        );
        expect((response.json as ErrorJson).error.message).toContain(`line ${index + 1}`);
        // Nothing was saved.
        const models = await call('GET', `/api/workspaces/${alpha.id}/models`, writer);
        expect((models.json as { models: Json[] }).models.map((m) => m.name)).not.toContain(
          'broken',
        );
      });

      it('validates without refusing: diagnostics in a 200', async () => {
        const response = await call('POST', '/api/validate', reader, { text: 'operator: 1\n' });
        expect(response.status).toBe(200);
        expect(response.json).toMatchObject({ valid: false });
        const ok = await call('POST', '/api/validate', reader, { text: EXAMPLE });
        expect(ok.json).toMatchObject({ valid: true });
      });

      it('refuses a body over the limit with 413', async () => {
        const response = await call('POST', '/api/analyze', writer, {
          text: `# ${'x'.repeat(MAX_BODY_BYTES)}`,
        });
        expect(response.status).toBe(413);
        expectError(response.json, 'payload_too_large');
      });
    });

    describe('models and versions', () => {
      it('lets exactly one of two saves from the same base win; the other gets 409', async () => {
        const modelId = await createModel('contested');
        const path = `/api/workspaces/${alpha.id}/models/${modelId}/versions`;
        const [a, b] = await Promise.all([
          call('POST', path, writer, { text: `${EXAMPLE}\n# alice\n`, baseVersion: 1 }),
          call(
            'POST',
            path,
            other,
            { text: `${EXAMPLE}\n# bob\n`, message: 'bob edit' },
            {
              'if-match': '"1"',
            },
          ),
        ]);
        expect([a.status, b.status].sort()).toEqual([201, 409]);
        const [won, lost] = a.status === 201 ? [a, b] : [b, a];
        const winner = won.json as { version: number; author: string; createdAt: string };
        expect(winner.version).toBe(2);
        expect(won.headers.get('etag')).toBe('"2"');
        expectError(lost.json, 'version_conflict');
        const { message, details } = (lost.json as ErrorJson).error;
        expect(message).toContain('version 1');
        expect(message).toContain('version 2');
        expect(message).toContain(winner.author);
        expect(message).toContain(winner.createdAt);
        expect(details).toMatchObject({ baseVersion: 1, current: { version: 2 } });
        // The winner's text is version 2, and there is no version 3.
        const history = await call('GET', path, writer);
        expect((history.json as { versions: Json[] }).versions.map((v) => v.version)).toEqual([
          2, 1,
        ]);
        const stored = await call('GET', `${path}/2`, writer);
        expect((stored.json as { text: string }).text).toContain(
          winner.author === 'alice' ? '# alice' : '# bob',
        );
      });

      it('keeps one winner among many concurrent saves', async () => {
        const modelId = await createModel('crowded');
        const path = `/api/workspaces/${alpha.id}/models/${modelId}/versions`;
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            call('POST', path, i % 2 === 0 ? writer : other, {
              text: `${EXAMPLE}\n# edit ${i}\n`,
              baseVersion: 1,
            }),
          ),
        );
        expect(results.filter((r) => r.status === 201)).toHaveLength(1);
        expect(results.filter((r) => r.status === 409)).toHaveLength(7);
      });

      it('requires a base version and refuses a stale or contradictory one', async () => {
        const modelId = await createModel('base-check');
        const path = `/api/workspaces/${alpha.id}/models/${modelId}/versions`;
        const none = await call('POST', path, writer, { text: EXAMPLE });
        expect(none.status).toBe(428);
        expectError(none.json, 'base_version_required');
        const both = await call(
          'POST',
          path,
          writer,
          { text: EXAMPLE, baseVersion: 1 },
          {
            'if-match': '"2"',
          },
        );
        expect(both.status).toBe(422);
        const ahead = await call('POST', path, writer, { text: EXAMPLE, baseVersion: 7 });
        expect(ahead.status).toBe(409);
      });

      it('keeps the history, restores an old version and reads decisions and accepted risks per version', async () => {
        const modelId = await createModel('history');
        const base = `/api/workspaces/${alpha.id}/models/${modelId}`;
        const v2 = await call('POST', `${base}/versions`, other, {
          text: WITH_ACCEPTED_RISK,
          message: 'accept the host-network risk',
          baseVersion: 1,
        });
        expect(v2.status).toBe(201);
        expect(v2.json).toMatchObject({
          version: 2,
          author: 'bob',
          message: 'accept the host-network risk',
          acceptedRisks: [{ finding: 'net-*', owner: 'CTO' }],
        });
        const v1 = await call('GET', `${base}/versions/1`, reader);
        expect(v1.json).toMatchObject({ version: 1, author: 'alice', text: EXAMPLE, valid: true });
        expect((v1.json as { decisions: Json[] }).decisions).toHaveLength(DECISIONS_IN_EXAMPLE);
        expect((v1.json as { acceptedRisks: Json[] }).acceptedRisks).toEqual([]);

        const stale = await call('POST', `${base}/versions/1/restore`, writer, { baseVersion: 1 });
        expect(stale.status).toBe(409);
        const restored = await call(
          'POST',
          `${base}/versions/1/restore`,
          writer,
          {},
          {
            'if-match': '"2"',
          },
        );
        expect(restored.status).toBe(201);
        expect(restored.json).toMatchObject({
          version: 3,
          restoredFrom: 1,
          author: 'alice',
          text: EXAMPLE,
          message: 'restored version 1',
        });
        const history = await call('GET', `${base}/versions`, reader);
        expect(
          (history.json as { versions: Json[] }).versions.map((v) => [v.version, v.author]),
        ).toEqual([
          [3, 'alice'],
          [2, 'bob'],
          [1, 'alice'],
        ]);
        const latest = await call('GET', base, reader);
        expect(latest.headers.get('etag')).toBe('"3"');
        expect(latest.json).toMatchObject({ model: { latestVersion: 3 }, version: { version: 3 } });
        expect((await call('GET', `${base}/versions/9`, reader)).status).toBe(404);
      });

      it('analyses a version and compares two versions figure by figure', async () => {
        const modelId = await createModel('compared');
        const base = `/api/workspaces/${alpha.id}/models/${modelId}`;
        await call('POST', `${base}/versions`, writer, {
          text: WITH_ACCEPTED_RISK,
          baseVersion: 1,
        });
        const analysis = await call('GET', `${base}/versions/1/analysis`, reader);
        expect(analysis.status).toBe(200);
        expect(analysis.json).toMatchObject({ schemaVersion: 1 });
        expect((analysis.json as { findings: Json[] }).findings.length).toBeGreaterThan(0);
        const compared = await call('GET', `${base}/compare?from=1&to=2`, reader);
        expect(compared.status).toBe(200);
        const body = compared.json as {
          from: Json;
          to: Json;
          comparison: { figures: Json[]; summary: Json };
        };
        expect(body.from).toMatchObject({ version: 1 });
        expect(body.to).toMatchObject({ version: 2 });
        expect(body.comparison.figures.length).toBeGreaterThan(0);
        const bad = await call('GET', `${base}/compare?from=1&to=zero`, reader);
        expect(bad.status).toBe(422);
      });

      it('refuses a second model of the same name in a workspace', async () => {
        await createModel('twin');
        const again = await call('POST', `/api/workspaces/${alpha.id}/models`, writer, {
          name: 'twin',
          text: EXAMPLE,
        });
        expect(again.status).toBe(409);
        expectError(again.json, 'name_taken');
      });
    });

    describe('downloads', () => {
      /** The raw response: a download is a file, not JSON. */
      const download = async (path: string, token: string) => {
        const response = await server.app.request(path, {
          headers: { authorization: `Bearer ${token}` },
        });
        return {
          status: response.status,
          headers: response.headers,
          bytes: new Uint8Array(await response.arrayBuffer()),
        };
      };
      /** Decoded as it is, byte-order mark included. */
      const text = (bytes: Uint8Array) =>
        new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

      it('gives a reader the HTML report of a version as an attachment', async () => {
        const modelId = await createModel('Light MVNO / launch');
        const base = `/api/workspaces/${alpha.id}/models/${modelId}/versions`;
        const report = await download(`${base}/1/report`, reader);
        expect(report.status).toBe(200);
        expect(report.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(report.headers.get('content-disposition')).toBe(
          'attachment; filename="Light-MVNO-launch-v1-report.html"',
        );
        const html = text(report.bytes);
        expect(html).toMatch(/^<!doctype html>/i);
        expect(html).toContain('Kestrel Mobile');
        expect(html).toContain('Light MVNO / launch, version 1');
        expect(html).toContain('id="figure-dependency-diagram"');
        expect(html).toContain('id="figure-stress-distribution"');
      });

      it('gives the supplier register as CSV by default, and as XLSX', async () => {
        const modelId = await createModel('register');
        const base = `/api/workspaces/${alpha.id}/models/${modelId}/versions/1/register`;
        const csv = await download(base, reader);
        expect(csv.status).toBe(200);
        expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        expect(csv.headers.get('content-disposition')).toBe(
          'attachment; filename="register-v1-suppliers.csv"',
        );
        // The same file `mvnoscope register` writes.
        const loaded = loadModel(EXAMPLE, { file: 'register' });
        if (!loaded.ok) throw new Error('the example loads');
        expect(text(csv.bytes)).toBe(
          registerCsv(supplierRegister(loaded.model, assessModel(loaded))),
        );
        expect(text(csv.bytes)).toContain('\nlattice-mvne,');
        const xlsx = await download(`${base}?format=xlsx`, reader);
        expect(xlsx.status).toBe(200);
        expect(xlsx.headers.get('content-type')).toBe(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
        expect(xlsx.headers.get('content-disposition')).toContain('register-v1-suppliers.xlsx');
        // A workbook is a zip: it starts with "PK".
        expect(text(xlsx.bytes.subarray(0, 2))).toBe('PK');
      });

      it('refuses an unknown format, a missing version and another workspace', async () => {
        const modelId = await createModel('refused-downloads');
        const base = `/api/workspaces/${alpha.id}/models/${modelId}/versions`;
        const format = await call('GET', `${base}/1/register?format=pdf`, reader);
        expect(format.status).toBe(422);
        expectError(format.json, 'invalid_request');
        const missing = await call('GET', `${base}/9/report`, reader);
        expect(missing.status).toBe(404);
        expectError(missing.json, 'not_found');
        const elsewhere = await call('GET', `${base}/1/register`, outsider);
        expect(elsewhere.status).toBe(403);
        expectError(elsewhere.json, 'forbidden');
      });
    });

    describe('jobs', () => {
      const poll = async (path: string, until: (job: Json) => boolean) => {
        for (let i = 0; i < 600; i++) {
          const job = (await call('GET', path, reader)).json as Json;
          if (until(job)) return job;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error(`job at ${path} did not get there in time`);
      };

      it('runs a simulation to completion with progress and a result', async () => {
        const modelId = await createModel('simulated');
        const started = await call('POST', `/api/workspaces/${alpha.id}/jobs`, writer, {
          kind: 'simulation',
          modelId,
          trials: 20_000,
          seed: 7,
        });
        expect(started.status).toBe(202);
        const job = started.json as { id: string; status: string };
        expect(['queued', 'running']).toContain(job.status);
        const path = `/api/workspaces/${alpha.id}/jobs/${job.id}`;
        expect(started.headers.get('location')).toBe(path);
        const done = await poll(path, (j) => j.status !== 'queued' && j.status !== 'running');
        expect(done).toMatchObject({
          status: 'succeeded',
          progress: { done: 20_000, total: 20_000 },
          source: { name: 'simulated', modelId, version: 1 },
          error: null,
          result: { trials: 20_000, seed: 7, cancelled: false, currency: 'GBP' },
        });
        const result = done.result as { loss: { mean: number; var99: number } };
        expect(result.loss.var99).toBeGreaterThanOrEqual(result.loss.mean);
        // Jobs are found only through their workspace.
        expect((await call('GET', `/api/workspaces/${beta.id}/jobs/${job.id}`, admin)).status).toBe(
          404,
        );
        const list = await call('GET', `/api/workspaces/${alpha.id}/jobs`, reader);
        expect((list.json as { jobs: Json[] }).jobs.map((j) => j.id)).toContain(job.id);
      });

      it('cancels a running simulation and terminates its worker', async () => {
        const started = await call('POST', `/api/workspaces/${alpha.id}/jobs`, writer, {
          kind: 'simulation',
          text: EXAMPLE,
          trials: 2_000_000,
          years: 10,
        });
        expect(started.status).toBe(202);
        const path = `/api/workspaces/${alpha.id}/jobs/${(started.json as { id: string }).id}`;
        await poll(path, (j) => j.status === 'running');
        const cancelled = await call('DELETE', path, writer);
        expect(cancelled.status).toBe(200);
        expect(cancelled.json).toMatchObject({ status: 'cancelled', result: null });
        expect(server.jobs.runningCount).toBe(0);
        const later = await call('GET', path, reader);
        expect(later.json).toMatchObject({ status: 'cancelled' });
        expect((await call('DELETE', path, reader)).status).toBe(403);
      });

      it('runs an optimisation to its front', async () => {
        const started = await call('POST', `/api/workspaces/${alpha.id}/jobs`, writer, {
          kind: 'optimization',
          text: EXAMPLE,
          objectives: ['cost', 'lockin'],
          timeLimitSeconds: 60,
        });
        expect(started.status).toBe(202);
        const path = `/api/workspaces/${alpha.id}/jobs/${(started.json as { id: string }).id}`;
        const done = await poll(path, (j) => j.status !== 'queued' && j.status !== 'running');
        expect(done).toMatchObject({ status: 'succeeded', kind: 'optimization', error: null });
        const result = done.result as { complete: boolean; designs: number; front: unknown[] };
        expect(result.complete).toBe(true);
        expect(result.front.length).toBeGreaterThan(0);
        expect((done.progress as { done: number }).done).toBe(result.front.length);
      });

      it('refuses an optimisation without a design space, and bad job requests', async () => {
        const noSpace = await call('POST', `/api/workspaces/${alpha.id}/jobs`, writer, {
          kind: 'optimization',
          text: WITHOUT_DESIGN_SPACE,
        });
        expect(noSpace.status).toBe(422);
        expectError(noSpace.json, 'no_design_space');
        const both = await call('POST', `/api/workspaces/${alpha.id}/jobs`, writer, {
          kind: 'simulation',
          text: EXAMPLE,
          modelId: 'x',
        });
        expect(both.status).toBe(422);
        const tooMany = await call('POST', `/api/workspaces/${alpha.id}/jobs`, writer, {
          kind: 'simulation',
          text: EXAMPLE,
          trials: 10 ** 9,
        });
        expect(tooMany.status).toBe(422);
        expectError(tooMany.json, 'invalid_request');
        const unknownKind = await call('POST', `/api/workspaces/${alpha.id}/jobs`, writer, {
          kind: 'mining',
          text: EXAMPLE,
        });
        expect(unknownKind.status).toBe(422);
      });
    });
  });
});
