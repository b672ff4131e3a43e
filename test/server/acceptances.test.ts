/**
 * Accepting a finding over the API, on SQLite and PostgreSQL: the accepted risk written into
 * the newest version's text (comments and order kept, JSON kept JSON) and saved as the next
 * version whose analysis shows the finding accepted; a base that is not the newest, a finding
 * already accepted, a read-only token and bad requests refused with nothing saved; a lapsed
 * acceptance renewed ahead of the lapsed entry; a finding of the workspace's user rules.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AcceptanceRequestSchema } from '../../src/api/acceptances.js';
import { VersionDocumentSchema } from '../../src/api/versions.js';
import { addMonths } from '../../src/model/calendar.js';
import { createWorkspace, type Workspace } from '../../src/storage/workspaces.js';
import { exampleRulesText } from '../support/rule-files.js';
import { TEST_BACKENDS } from './support.js';
import {
  type ApiAnswer,
  type ApiCall,
  apiCaller,
  grant,
  openTestServer,
  type TestServer,
} from './test-server.js';

const EXAMPLE = readFileSync(
  new URL('../../examples/light-mvno-on-enabler.yaml', import.meta.url),
  'utf8',
);
/** Open findings of the example (its analysis reports them; none is accepted in it). */
const FINDING = 'sec-weak-auth-on-identity-link/a2p-sms';
const OTHER_FINDING = 'sec-weak-auth-on-identity-link/crm-to-bss';

interface Finding {
  id: string;
  status: string;
  acceptance?: { pattern: string; reason: string; owner: string; expires: string };
}
interface Version {
  version: number;
  message: string;
  author: string;
  text: string;
  acceptedRisks: { finding: string; reason: string; owner: string; expires: string }[];
}
type Answer = ApiAnswer<Record<string, unknown>>;

const today = () => new Date().toISOString().slice(0, 10);
const yearAhead = () => addMonths(today(), 12);

describe.each(TEST_BACKENDS)('accepting a finding on $name', (backend) => {
  describe.skipIf(backend.skip !== undefined)(backend.skip ?? 'runs', () => {
    let server: TestServer;
    let call: ApiCall<Record<string, unknown>>;
    let alpha: Workspace;
    let writer: string;
    let reader: string;
    let outsider: string;
    /** write on gamma, a workspace with the example user rules */
    let gammaWriter: string;
    let gamma: Workspace;

    const modelPath = (id: string) => `/api/workspaces/${alpha.id}/models/${id}`;
    const accept = (id: string, version: number, body: object, token = writer) =>
      call('POST', `${modelPath(id)}/versions/${version}/acceptances`, token, body);
    const request = (finding = FINDING) => ({
      finding,
      reason: 'the <b>SMS</b> aggregator moves to mTLS in Q3 — "tracked" in RISK-12',
      owner: 'Head of Security',
      expires: yearAhead(),
    });
    const createModel = async (name: string, text = EXAMPLE) => {
      const created = await call('POST', `/api/workspaces/${alpha.id}/models`, writer, {
        name,
        text,
      });
      expect(created.status).toBe(201);
      return (created.json.model as { id: string }).id;
    };
    const findingsOf = async (id: string, version: number) => {
      const analysis = await call('GET', `${modelPath(id)}/versions/${version}/analysis`, reader);
      expect(analysis.status).toBe(200);
      return analysis.json.findings as Finding[];
    };
    const latestOf = async (id: string) =>
      ((await call('GET', modelPath(id), reader)).json.model as { latestVersion: number })
        .latestVersion;
    const expectRefused = (answer: Answer, status: number, code: string) => {
      expect(answer.status).toBe(status);
      expect((answer.json.error as { code: string }).code).toBe(code);
    };

    beforeAll(async () => {
      server = await openTestServer(backend.name);
      const { db } = server;
      call = apiCaller(server.app);
      alpha = await createWorkspace(db, 'alpha');
      const beta = await createWorkspace(db, 'beta');
      writer = await grant(db, 'alice', alpha, 'write');
      reader = await grant(db, 'rita', alpha, 'read');
      outsider = await grant(db, 'olga', beta, 'write');
      gamma = await createWorkspace(db, 'gamma');
      gammaWriter = await grant(db, 'gus', gamma, 'write');
    });

    afterAll(async () => {
      await server?.close();
    });

    it('writes the accepted risk into the text and saves it as the next version', async () => {
      const id = await createModel('accept-yaml');
      const before = await findingsOf(id, 1);
      expect(before.find((f) => f.id === FINDING)?.status).toBe('open');

      const answer = await accept(id, 1, request());
      expect(answer.status).toBe(201);
      expect(answer.headers.get('etag')).toBe('"2"');
      expect(answer.headers.get('location')).toBe(`${modelPath(id)}/versions/2`);
      // The answer is exactly the contract's version document; the request was one of its own.
      expect(VersionDocumentSchema.parse(answer.json)).toEqual(answer.json);
      expect(AcceptanceRequestSchema.parse(request())).toEqual(request());
      const saved = answer.json as unknown as Version;
      expect(saved.version).toBe(2);
      expect(saved.author).toBe('alice');
      expect(saved.message).toBe(
        `Accepted sec-weak-auth-on-identity-link on a2p-sms: ${request().reason}`,
      );
      expect(saved.acceptedRisks).toEqual([{ ...request(), accepted_on: today() }]);
      // The user's text is kept byte for byte: the entry is added after it, comments and all.
      expect(saved.text.startsWith(EXAMPLE.trimEnd())).toBe(true);
      expect(parse(saved.text.slice(EXAMPLE.trimEnd().length))).toEqual({
        suppressions: [{ ...request(), accepted_on: today() }],
      });

      const after = await findingsOf(id, 2);
      const accepted = after.find((f) => f.id === FINDING);
      expect(accepted?.status).toBe('accepted');
      expect(accepted?.acceptance).toEqual({
        pattern: FINDING,
        reason: request().reason,
        owner: 'Head of Security',
        expires: yearAhead(),
      });
      // Only that finding changed.
      const statuses = (list: Finding[]) => list.map((f) => `${f.id}:${f.status}`);
      expect(statuses(after)).toEqual(
        statuses(before).map((s) => (s === `${FINDING}:open` ? `${FINDING}:accepted` : s)),
      );

      // A second acceptance goes after the first, in the list the first one made.
      const second = await accept(id, 2, request(OTHER_FINDING));
      expect(second.status).toBe(201);
      expect((second.json as unknown as Version).acceptedRisks.map((r) => r.finding)).toEqual([
        FINDING,
        OTHER_FINDING,
      ]);
    });

    it('keeps a JSON model JSON, indented as it was', async () => {
      const json = `${JSON.stringify(parse(EXAMPLE), null, 4)}\n`;
      const id = await createModel('accept-json', json);
      const answer = await accept(id, 1, request());
      expect(answer.status).toBe(201);
      const { text } = answer.json as unknown as Version;
      expect(text).toBe(
        `${JSON.stringify({ ...parse(EXAMPLE), suppressions: [{ ...request(), accepted_on: today() }] }, null, 4)}\n`,
      );
      expect((await findingsOf(id, 2)).find((f) => f.id === FINDING)?.status).toBe('accepted');
    });

    it('refuses a base that is not the newest version, and a finding already accepted', async () => {
      const id = await createModel('accept-conflicts');
      expect((await accept(id, 1, request())).status).toBe(201);

      const stale = await accept(id, 1, request(OTHER_FINDING));
      expectRefused(stale, 409, 'version_conflict');
      expect(
        (stale.json.error as { details: { current: { version: number } } }).details.current.version,
      ).toBe(2);

      const again = await accept(id, 2, request());
      expectRefused(again, 409, 'already_accepted');
      expect(await latestOf(id)).toBe(2);
    });

    it('refuses read-only and outside tokens with 403', async () => {
      const id = await createModel('accept-access');
      expectRefused(await accept(id, 1, request(), reader), 403, 'forbidden');
      expectRefused(await accept(id, 1, request(), outsider), 403, 'forbidden');
      expect(await latestOf(id)).toBe(1);
    });

    it('refuses bad requests with 422 and saves nothing', async () => {
      const id = await createModel('accept-bad');
      const refusals: [object, string][] = [
        [{ ...request(), reason: '   ' }, 'invalid_request'],
        [{ ...request(), reason: 'x'.repeat(1001) }, 'invalid_request'],
        [{ ...request(), reason: 'two\nlines' }, 'invalid_request'],
        [{ ...request(), owner: '' }, 'invalid_request'],
        [{ ...request(), expires: '2027-02-30' }, 'invalid_request'],
        [{ ...request(), expires: today() }, 'invalid_request'],
        [{ ...request(), expires: addMonths(today(), -1) }, 'invalid_request'],
        [{ ...request(), expires: addMonths(today(), 37) }, 'invalid_request'],
        [{ ...request(), finding: 'net-*' }, 'invalid_request'],
        [request('sec-weak-auth-on-identity-link/nowhere'), 'unknown_finding'],
      ];
      for (const [body, code] of refusals) expectRefused(await accept(id, 1, body), 422, code);
      // Three years to the day is the longest acceptance.
      expect((await accept(id, 1, { ...request(), expires: addMonths(today(), 36) })).status).toBe(
        201,
      );
      expectRefused(await accept(id, 9, request(OTHER_FINDING)), 404, 'not_found');
    });

    it('refuses an expiry before the model’s as_of date, which would lapse at once', async () => {
      const asOf = addMonths(today(), 30);
      const id = await createModel(
        'accept-as-of',
        EXAMPLE.replace(/^ {2}as_of: \d{4}-\d{2}-\d{2}/m, `  as_of: ${asOf}`),
      );
      const answer = await accept(id, 1, request());
      expectRefused(answer, 422, 'invalid_request');
      expect((answer.json.error as { message: string }).message).toContain(asOf);
    });

    it('renews a lapsed acceptance: the new entry goes before the lapsed one', async () => {
      const lapsed = `${EXAMPLE.trimEnd()}
suppressions:
  # reviewed at the 2025 board
  - finding: ${FINDING}
    reason: old reason
    owner: CTO
    expires: 2026-01-31
`;
      const id = await createModel('accept-lapsed', lapsed);
      const lapseId = `gov-acceptance-expired/${FINDING}`;
      const before = await findingsOf(id, 1);
      expect(before.find((f) => f.id === lapseId)?.status).toBe('open');
      expect(before.find((f) => f.id === FINDING)?.status).toBe('open');

      const answer = await accept(id, 1, request(lapseId));
      expect(answer.status).toBe(201);
      const saved = answer.json as unknown as Version;
      expect(saved.acceptedRisks.map((r) => r.reason)).toEqual([request().reason, 'old reason']);
      expect(saved.text).toContain('# reviewed at the 2025 board');
      const after = await findingsOf(id, 2);
      expect(after.find((f) => f.id === FINDING)?.status).toBe('accepted');
      expect(after.some((f) => f.id === lapseId)).toBe(false);
    });

    it('accepts a finding of the workspace’s user rules, which its analyses run', async () => {
      const rules = await call('PUT', `/api/workspaces/${gamma.id}/rules`, gammaWriter, {
        text: exampleRulesText(),
      });
      expect(rules.status).toBe(200);
      const created = await call('POST', `/api/workspaces/${gamma.id}/models`, gammaWriter, {
        name: 'with-rules',
        text: EXAMPLE,
      });
      const id = (created.json.model as { id: string }).id;
      const path = `/api/workspaces/${gamma.id}/models/${id}/versions`;
      const findings = async (version: number) =>
        (await call('GET', `${path}/${version}/analysis`, gammaWriter)).json.findings as Finding[];
      const user = (await findings(1)).find((f) => f.id.startsWith('user-cloud-outside-europe/'));
      expect(user?.status).toBe('open');
      const answer = await call(
        'POST',
        `${path}/1/acceptances`,
        gammaWriter,
        request(user?.id ?? ''),
      );
      expect(answer.status).toBe(201);
      expect((await findings(2)).find((f) => f.id === user?.id)?.status).toBe('accepted');
    });
  });
});
