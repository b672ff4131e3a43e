/**
 * A workspace's user rules over the API, on SQLite and PostgreSQL: read by any token of the
 * workspace, replaced by write tokens, refused with positions when invalid, and run in every
 * analysis of the workspace's models — the stored version's analysis (through the cache, whose
 * key holds the rules), the comparison, the supplier register — and in a request's own rules.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, type Workspace } from '../../src/storage/workspaces.js';
import { exampleRulesText, ruleItem } from '../support/rule-files.js';
import { TEST_BACKENDS } from './support.js';
import { type ApiCall, apiCaller, grant, openTestServer, type TestServer } from './test-server.js';

const EXAMPLE = readFileSync(
  new URL('../../examples/light-mvno-on-enabler.yaml', import.meta.url),
  'utf8',
);
const USER_FINDING = 'user-cloud-outside-europe';
const RULES = exampleRulesText();

describe.each(TEST_BACKENDS)('workspace rules on $name', (backend) => {
  describe.skipIf(backend.skip !== undefined)(backend.skip ?? 'runs', () => {
    let server: TestServer;
    let call: ApiCall<Record<string, unknown>>;
    let alpha: Workspace;
    let beta: Workspace;
    let writer: string;
    let reader: string;
    let betaWriter: string;
    let modelId: string;
    let betaModelId: string;

    const rulesPath = (w: Workspace) => `/api/workspaces/${w.id}/rules`;
    const ruleIds = (findings: unknown) =>
      new Set((findings as { ruleId: string }[]).map((f) => f.ruleId));
    const analysis = (w: Workspace, id: string) =>
      call('GET', `/api/workspaces/${w.id}/models/${id}/versions/1/analysis`, reader);

    beforeAll(async () => {
      server = await openTestServer(backend.name);
      const { db } = server;
      call = apiCaller(server.app);
      alpha = await createWorkspace(db, 'alpha');
      beta = await createWorkspace(db, 'beta');
      writer = await grant(db, 'alice', alpha, 'write');
      reader = await grant(db, 'rita', alpha, 'read');
      betaWriter = await grant(db, 'olga', beta, 'write');
      const create = async (w: Workspace, token: string) => {
        const created = await call('POST', `/api/workspaces/${w.id}/models`, token, {
          name: 'light',
          text: EXAMPLE,
        });
        expect(created.status).toBe(201);
        return (created.json as { model: { id: string } }).model.id;
      };
      modelId = await create(alpha, writer);
      betaModelId = await create(beta, betaWriter);
    });

    afterAll(async () => {
      await server?.close();
    });

    it('has no user rules until some are saved', async () => {
      const got = await call('GET', rulesPath(alpha), reader);
      expect(got.status).toBe(200);
      expect(got.json).toEqual({ text: '', rules: [], author: null, updatedAt: null });
      expect(ruleIds((await analysis(alpha, modelId)).json.findings).has(USER_FINDING)).toBe(false);
    });

    it('lets only write tokens of the workspace replace them', async () => {
      expect((await call('PUT', rulesPath(alpha), reader, { text: RULES })).status).toBe(403);
      expect((await call('PUT', rulesPath(alpha), betaWriter, { text: RULES })).status).toBe(403);
      expect((await call('GET', rulesPath(alpha), betaWriter)).status).toBe(403);
    });

    it('refuses rules that do not load, each problem at its line, and keeps the old ones', async () => {
      const text = `rules:\n${ruleItem({ id: 'user-bad', when: 'item.kind ==' })}`;
      const refused = await call('PUT', rulesPath(alpha), writer, { text });
      expect(refused.status).toBe(422);
      const error = refused.json.error as {
        code: string;
        message: string;
        details: { diagnostics: { line: number; path: string; code: string }[] };
      };
      expect(error.code).toBe('invalid_rules');
      expect(error.message).toMatch(/^the rules are invalid: 1 problem \(first at line 9: /);
      expect(error.details.diagnostics[0]).toMatchObject({
        code: 'invalid-expression',
        line: 9,
        path: 'rules[0].when',
      });
      const clash = await call('PUT', rulesPath(alpha), writer, {
        text: `rules:\n${ruleItem({ id: 'edge-external-key-custody' })}`,
      });
      expect(clash.status).toBe(422);
      expect((await call('GET', rulesPath(alpha), reader)).json.text).toBe('');
    });

    it('saves valid rules and says which rules they define, who saved them and when', async () => {
      const saved = await call('PUT', rulesPath(alpha), writer, { text: RULES });
      expect(saved.status).toBe(200);
      expect(saved.json).toMatchObject({ text: RULES, author: 'alice' });
      expect((saved.json.rules as { id: string }[]).map((r) => r.id)).toEqual([
        'user-cloud-outside-europe',
        'user-large-base-single-host',
      ]);
      expect((await call('GET', rulesPath(alpha), reader)).json).toEqual(saved.json);
    });

    it('runs them in the analysis of a stored version (the cache keyed by the rules too), in this workspace only', async () => {
      // The same text was analysed without rules above: a cache keyed by the text alone would
      // answer with that analysis.
      const withRules = await analysis(alpha, modelId);
      expect(withRules.status).toBe(200);
      expect(ruleIds(withRules.json.findings).has(USER_FINDING)).toBe(true);
      const elsewhere = await call(
        'GET',
        `/api/workspaces/${beta.id}/models/${betaModelId}/versions/1/analysis`,
        betaWriter,
      );
      expect(ruleIds(elsewhere.json.findings).has(USER_FINDING)).toBe(false);
    });

    it('runs them on both sides of a comparison and in the supplier register', async () => {
      const compared = await call(
        'GET',
        `/api/workspaces/${alpha.id}/models/${modelId}/compare?from=1&to=1`,
        reader,
      );
      expect(compared.status).toBe(200);
      expect(compared.text).toContain(USER_FINDING);
      const register = await call(
        'GET',
        `/api/workspaces/${alpha.id}/models/${modelId}/versions/1/register`,
        reader,
      );
      expect(register.status).toBe(200);
      expect(register.text).toContain(USER_FINDING);
    });

    it('takes a request’s own rules for model text, and says which rule failed on what', async () => {
      const failing = `rules:\n${ruleItem({ id: 'user-needs-field', when: 'item.nonexistent == "x"' })}`;
      const answer = await call('POST', '/api/analyze', reader, {
        text: EXAMPLE,
        rules: failing,
      });
      expect(answer.status).toBe(200);
      expect((answer.json.ruleProblems as { ruleId: string }[])[0]?.ruleId).toBe(
        'user-needs-field',
      );
      const plain = await call('POST', '/api/analyze', reader, { text: EXAMPLE });
      expect(plain.json.ruleProblems).toEqual([]);
      const bad = await call('POST', '/api/analyze', reader, {
        text: EXAMPLE,
        rules: 'rules: 3',
      });
      expect(bad.status).toBe(422);
      expect((bad.json.error as { code: string }).code).toBe('invalid_rules');
    });

    it('goes back to the built-in rules alone when the text is emptied', async () => {
      const emptied = await call('PUT', rulesPath(alpha), writer, { text: '' });
      expect(emptied.status).toBe(200);
      expect(emptied.json.rules).toEqual([]);
      expect(ruleIds((await analysis(alpha, modelId)).json.findings).has(USER_FINDING)).toBe(false);
    });
  });
});
