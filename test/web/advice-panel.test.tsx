// @vitest-environment jsdom
/**
 * The Advice tab against the API in process (the app's own client, its fetch answered by the
 * server on SQLite). The advice job's answers are made here from the advisor run in process:
 * the job's worker cannot start under jsdom, and test/server/advice-job.test.ts holds the real
 * job's document to the same advise() output. Shown: the ranked moves with their act-by
 * dates, deltas and the plan; "Save as new version" saving the patched text as the next
 * version; the advice marked out of date once the text changes. And the browser's patching:
 * the text it saves is the model the advisor valued, with the user's comments kept.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Advice, advise } from '../../src/advice/index.js';
import { applyPatch } from '../../src/advice/patch.js';
import type { JobOf } from '../../src/api/jobs.js';
import type { VersionDocument } from '../../src/api/versions.js';
import { actByText } from '../../src/report/document/advice-section.js';
import { createApp } from '../../src/server/app.js';
import { JobRunner } from '../../src/server/jobs.js';
import { createToken } from '../../src/storage/tokens.js';
import { createWorkspace, type Workspace } from '../../src/storage/workspaces.js';
import { patchedText } from '../../web/src/advice/apply-move.js';
import { ApiClient } from '../../web/src/api/client.js';
import { AdvicePanel, useAdviceRun } from '../../web/src/panels/advice-panel.js';
import { openTestDatabase, type TestDatabase } from '../server/support.js';
import { loadOk, readExample } from '../support/load.js';

const NAME = 'light-mvno-on-enabler.yaml';
const EXAMPLE = readExample(NAME);

describe('a move applied to the model text in the browser', () => {
  it('gives the model the advisor valued, for every move of the example, comments kept', () => {
    const loaded = loadOk(EXAMPLE, NAME);
    const { moves } = advise(loaded, { trials: 500 });
    expect(moves.length).toBeGreaterThan(5);
    const comment = EXAMPLE.split('\n').find((line) => /^\s*#\s*\S/.test(line));
    expect(comment).toBeDefined();
    for (const move of moves) {
      const patched = patchedText(EXAMPLE, move.patch);
      if (!patched.ok) throw new Error(`${move.id}: ${patched.problem}`);
      // Loaded, the saved text is the model the advisor re-assessed (advise.ts loads the
      // patched declared model the same way).
      const valued = loadOk(JSON.stringify(applyPatch(loaded.declared, move.patch)), NAME);
      expect(loadOk(patched.text, NAME).model, move.id).toEqual(valued.model);
      expect(patched.text).toContain(comment?.trim());
    }
  }, 60_000);

  it('refuses a patch the text cannot take, in words', () => {
    const refused = patchedText(EXAMPLE, [
      { op: 'set', path: ['contracts', 999, 'exclusive'], value: false },
    ]);
    expect(refused).toEqual({ ok: false, problem: expect.stringContaining('contracts.999') });
  });
});

/** The run lives in the page (model-workspace.tsx) as here: one hook, the panel reading it. */
function AdvicePage(props: {
  api: ApiClient;
  workspaceId: string;
  text: string;
  versionsPath: string;
  onSaved: (version: VersionDocument) => void;
}) {
  const run = useAdviceRun(props.api, props.workspaceId);
  return (
    <AdvicePanel
      api={props.api}
      run={run}
      text={props.text}
      versionsPath={props.versionsPath}
      baseVersion={1}
      canWrite
      onSaved={props.onSaved}
    />
  );
}

const JOB_ID = 'advice-job';
/** The advisor's document for the text the panel last posted. */
let advised: Advice | undefined;

/** The job resource as the API sends it: running, then succeeded with the advice. */
function adviceJob(status: 'running' | 'succeeded'): JobOf<'advice'> {
  const total = (advised?.moves.length ?? 0) + (advised?.unvalued.length ?? 0) + 1;
  return {
    id: JOB_ID,
    workspaceId: 'alpha',
    kind: 'advice',
    status,
    source: { name: 'model.yaml', modelId: null, version: null },
    createdAt: new Date().toISOString(),
    startedAt: new Date().toISOString(),
    finishedAt: status === 'running' ? null : new Date().toISOString(),
    progress: { done: status === 'running' ? 0 : total, total },
    error: null,
    result: status === 'running' || advised === undefined ? null : { ...advised, seconds: 1.5 },
  };
}

describe('the Advice tab', () => {
  let test: TestDatabase;
  let jobs: JobRunner;
  let workspace: Workspace;
  let writer: string;
  let modelId: string;

  beforeAll(async () => {
    test = await openTestDatabase('sqlite');
    const { db } = test.database;
    jobs = new JobRunner();
    const app = createApp({ db, jobs, logError: () => {} });
    workspace = await createWorkspace(db, 'alpha');
    writer = (
      await createToken(db, {
        name: 'alice',
        scope: 'workspaces',
        grants: [{ workspaceId: workspace.id, role: 'write' }],
      })
    ).token;
    const jobsPath = `/api/workspaces/${workspace.id}/jobs`;
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      if (url === jobsPath && init.method === 'POST') {
        const body = JSON.parse(String(init.body)) as { kind: string; text: string };
        expect(body.kind).toBe('advice');
        advised = advise(loadOk(body.text, 'kestrel'));
        return Response.json(adviceJob('running'), { status: 202 });
      }
      if (url === `${jobsPath}/${JOB_ID}`) return Response.json(adviceJob('succeeded'));
      return app.request(url, init);
    });
    const created = await new ApiClient(writer).json<{ model: { id: string } }>(
      `/workspaces/${workspace.id}/models`,
      { method: 'POST', body: { name: 'kestrel', text: EXAMPLE } },
    );
    modelId = created.model.id;
  });

  afterEach(cleanup);

  afterAll(async () => {
    vi.unstubAllGlobals();
    await jobs?.close();
    await test?.drop();
  });

  it('advises, shows the moves with act-by dates, saves one as a version, and goes out of date', async () => {
    const api = new ApiClient(writer);
    const versionsPath = `/workspaces/${workspace.id}/models/${modelId}/versions`;
    const saved: number[] = [];
    const panel = (text: string) => (
      <AdvicePage
        api={api}
        workspaceId={workspace.id}
        text={text}
        versionsPath={versionsPath}
        onSaved={(version) => saved.push(version.version)}
      />
    );
    const { rerender } = render(panel(EXAMPLE));
    fireEvent.click(screen.getByRole('button', { name: 'Advise' }));
    const result = await screen.findByTestId('advice-result', {}, { timeout: 90_000 });

    // The moves of the job's document, in its order.
    const expected = advised as Advice;
    const cards = within(result).getAllByTestId('advice-move');
    expect(cards).toHaveLength(5);
    cards.forEach((card, i) => {
      const move = expected.moves[i];
      expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe(move?.title);
      expect(within(card).getByTestId('advice-act-by').textContent).toBe(
        move === undefined ? '' : actByText(move.actBy),
      );
    });
    expect(
      within(result)
        .getAllByTestId('advice-act-by')
        .some((cell) => /^start by \d{4}-\d{2}-\d{2}$/.test(cell.textContent ?? '')),
    ).toBe(true);
    expect(within(cards[0] as HTMLElement).getByText(/^Margin, ES 95% of a year: /)).toBeTruthy();
    const plan = within(result).getByTestId('advice-plan');
    expect(
      within(plan).getByRole('table', { name: 'Roadmap' }).querySelectorAll('tbody tr'),
    ).toHaveLength(expected.plan.recommended?.roadmap.length ?? 0);
    expect(within(plan).getByRole('table', { name: 'Doing nothing beside the plan' })).toBeTruthy();
    expect(result.textContent).not.toContain('(s)');
    expect(result.textContent).not.toMatch(/\d(\.\d+)?e[+-]\d/);

    // Saving the best move: version 2 is the example with that move's patch applied.
    fireEvent.click(
      within(cards[0] as HTMLElement).getByRole('button', { name: 'Save as new version' }),
    );
    await waitFor(() => expect(saved).toEqual([2]));
    const best = expected.moves[0];
    const version = await api.json<VersionDocument>(`${versionsPath}/2`);
    const patched = patchedText(EXAMPLE, best?.patch ?? []);
    expect(patched.ok && version.text).toBe(patched.ok ? patched.text : '');
    expect(version.message).toContain(best?.id);

    // The editor's text changes: the advice says it is out of date and saves nothing.
    rerender(panel(`${EXAMPLE}\n# edited\n`));
    expect(screen.getByTestId('advice-stale')).toBeTruthy();
    for (const button of screen.getAllByRole('button', { name: 'Save as new version' }))
      expect((button as HTMLButtonElement).disabled).toBe(true);
  }, 120_000);
});
