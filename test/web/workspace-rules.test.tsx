// @vitest-environment jsdom
/**
 * The web app's view of a workspace's rules, against the real API in process (the app's own
 * client, its fetch answered by the server on SQLite): the built-in rules alone at first, the
 * editor for write tokens, a refused text's problems at their lines, the saved rules listed.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { JobRunner } from '../../src/server/jobs.js';
import { createToken } from '../../src/storage/tokens.js';
import { createWorkspace, type Workspace } from '../../src/storage/workspaces.js';
import { ApiClient } from '../../web/src/api/client.js';
import { WorkspaceRules } from '../../web/src/screens/workspace-rules.js';
import { openTestDatabase, type TestDatabase } from '../server/support.js';
import { exampleRulesText, ruleItem } from '../support/rule-files.js';

let test: TestDatabase;
let jobs: JobRunner;
let workspace: Workspace;
let writer: string;
let reader: string;

beforeAll(async () => {
  test = await openTestDatabase('sqlite');
  const { db } = test.database;
  jobs = new JobRunner();
  const app = createApp({ db, jobs, logError: () => {} });
  workspace = await createWorkspace(db, 'alpha');
  const grant = async (name: string, role: 'read' | 'write') =>
    (
      await createToken(db, {
        name,
        scope: 'workspaces',
        grants: [{ workspaceId: workspace.id, role }],
      })
    ).token;
  writer = await grant('alice', 'write');
  reader = await grant('rita', 'read');
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => app.request(url, init));
});

afterEach(cleanup);

afterAll(async () => {
  vi.unstubAllGlobals();
  await jobs?.close();
  await test?.drop();
});

const show = (token: string, canWrite: boolean) =>
  render(
    <WorkspaceRules api={new ApiClient(token)} workspaceId={workspace.id} canWrite={canWrite} />,
  );

const editor = () => screen.getByRole('textbox', { name: /^Rules/ }) as HTMLTextAreaElement;

describe('the rules in effect in a workspace', () => {
  it('says the built-in rules alone run until the workspace has some, and offers no editor to readers', async () => {
    show(reader, false);
    expect(await screen.findByText(/The built-in rules only/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit rules' })).toBeNull();
  });

  it('refuses a text that does not load, with each problem at its line', async () => {
    show(writer, true);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit rules' }));
    expect(editor().value).toMatch(/^rules:\n {2}- id: /);
    fireEvent.change(editor(), {
      target: { value: `rules:\n${ruleItem({ id: 'user-bad', when: 'item.kind ==' })}` },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    const problems = await screen.findByRole('list', { name: 'Problems in the rules' });
    expect(
      within(problems).getByText(/^line 9, column \d+: not a valid CEL expression/),
    ).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/^the rules are invalid/);
  });

  it('saves valid rules and lists them, with who saved them', async () => {
    show(writer, true);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit rules' }));
    fireEvent.change(editor(), { target: { value: exampleRulesText() } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    const table = await screen.findByRole('table', { name: 'User rules' });
    expect(within(table).getByText('user-cloud-outside-europe')).toBeTruthy();
    expect(within(table).getByText('user-large-base-single-host')).toBeTruthy();
    expect(screen.getByText(/2 user rules of this workspace \(saved by alice, /)).toBeTruthy();
    cleanup();
    // A reader sees the same rules, without the editor.
    show(reader, false);
    expect(await screen.findByRole('table', { name: 'User rules' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit rules' })).toBeNull();
  });
});
