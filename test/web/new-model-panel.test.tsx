// @vitest-environment jsdom
/**
 * The "New model" panel against the real API in process (the app's own client, its fetch
 * answered by the server on SQLite): the blank starter first and every archetype described in
 * one line; a model made from the questionnaire; a model file uploaded as it is; a CycloneDX
 * file imported in the browser by the shared importers; a broken model refused with each error
 * at its line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { JobRunner } from '../../src/server/jobs.js';
import { findVersion, listModels } from '../../src/storage/models.js';
import { createToken } from '../../src/storage/tokens.js';
import { createWorkspace, type Workspace } from '../../src/storage/workspaces.js';
import { ApiClient } from '../../web/src/api/client.js';
import { NewModelPanel } from '../../web/src/new-model/new-model-panel.js';
import { openTestDatabase, type TestDatabase } from '../server/support.js';
import { EXAMPLES_DIR } from '../support/load.js';

/** A loaded machine may take seconds to read a file and load the importers' chunk. */
const PATIENT = { timeout: 15_000 };

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'research');

let test: TestDatabase;
let jobs: JobRunner;
let workspace: Workspace;
let writer: string;

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
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => app.request(url, init));
});

afterEach(cleanup);

afterAll(async () => {
  vi.unstubAllGlobals();
  await jobs?.close();
  await test?.drop();
});

const show = () => render(<NewModelPanel api={new ApiClient(writer)} workspaceId={workspace.id} />);

/** The text of the newest version of the workspace's model called `name`. */
async function modelText(name: string): Promise<string | undefined> {
  const { db } = test.database;
  const model = (await listModels(db, workspace.id)).find((m) => m.name === name);
  if (model === undefined) return undefined;
  return (await findVersion(db, model.id, 1))?.text;
}

async function created(name: string): Promise<string> {
  let text: string | undefined;
  await waitFor(async () => {
    text = await modelText(name);
    expect(text).toBeDefined();
  }, PATIENT);
  return text ?? '';
}

/** Chooses the file and waits until the panel has read it and guessed its format. */
async function upload(file: File, format: string) {
  fireEvent.click(screen.getByRole('tab', { name: 'Upload or import a file' }));
  fireEvent.change(screen.getByLabelText('File'), { target: { files: [file] } });
  expect((await screen.findByTestId('chosen-file', {}, PATIENT)).textContent).toBe(
    `${file.name}, ${file.size.toLocaleString('en-GB')} byte${file.size === 1 ? '' : 's'}`,
  );
  await waitFor(
    () => expect((screen.getByLabelText('Format') as HTMLSelectElement).value).toBe(format),
    PATIENT,
  );
}

describe('the New model panel', () => {
  it('offers the blank starter first, then every archetype with its one-line description', async () => {
    show();
    const select = screen.getByLabelText('Start from') as HTMLSelectElement;
    await waitFor(() => expect(select.options[1]?.textContent).toMatch(/: F\d/), PATIENT);
    const options = [...select.options];
    const examples = readdirYaml();
    expect(options).toHaveLength(1 + examples.length);
    expect(options[0]?.value).toBe('starter');
    expect(select.value).toBe('starter');
    expect(options.slice(1).map((o) => o.value)).toEqual(examples);
    expect(options.find((o) => o.value === 'light-mvno-on-enabler')?.textContent).toBe(
      'light-mvno-on-enabler: F2: light (thin / service-provider) MVNO on an MVNE that runs on a hyperscaler',
    );
  });

  it('creates an archetype with its figures as placeholders', async () => {
    show();
    const select = (await screen.findByLabelText('Start from')) as HTMLSelectElement;
    await waitFor(() => expect(select.options.length).toBeGreaterThan(1), PATIENT);
    fireEvent.change(select, { target: { value: 'branded-reseller-single-host' } });
    expect(screen.getByTestId('starter-description').textContent).toMatch(/^F1: branded reseller/);
    fireEvent.click(screen.getByLabelText(/figures as placeholders/));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'reseller start' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create model' }));
    const text = await created('reseller start');
    expect(text).toContain('A starting model from the archetype "branded-reseller-single-host"');
    expect(text).toContain('# TODO placeholder');
  });

  it('creates a model from the questionnaire, its answers in the structure', async () => {
    show();
    fireEvent.click(screen.getByRole('tab', { name: 'Questionnaire' }));
    const form = screen.getByTestId('questionnaire');
    fireEvent.click(within(form).getByLabelText('two (one active, one standby)'));
    fireEvent.click(within(form).getByLabelText('no, we contract the host directly'));
    // Without an enabler, the enabler cannot bill, issue IMSIs or hold keys.
    const enablerBilling = within(
      within(form).getByRole('group', { name: 'Who runs billing?' }),
    ).getByLabelText(/^the enabler/) as HTMLInputElement;
    expect(enablerBilling.disabled).toBe(true);
    fireEvent.click(within(form).getByLabelText('we do (our own MNC)'));
    fireEvent.click(within(form).getByLabelText('we do (our own HSS/AuC)'));
    fireEvent.click(within(form).getByLabelText('churn prediction'));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Wren Mobile' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create model' }));
    const text = await created('Wren Mobile');
    expect(text).toContain('name: "Wren Mobile"');
    expect(text).toContain('imsi_issuers: [wren-mobile]');
    expect(text).toContain('id: wren-mobile-core');
    expect(text).toContain('id: host-2');
    expect(text).toContain('id: churn-model');
    expect(text).not.toContain('kind: mvne');
  });

  it('uploads a model file as it is', async () => {
    show();
    const yaml = readFileSync(join(EXAMPLES_DIR, 'travel-esim-reseller.yaml'), 'utf8');
    await upload(new File([yaml], 'travel.yaml', { type: 'application/yaml' }), 'model');
    fireEvent.click(screen.getByRole('button', { name: 'Create model' }));
    expect(await created('travel')).toBe(yaml);
  });

  it('imports a CycloneDX file in the browser, its TODOs kept in the model', async () => {
    show();
    const bom = readFileSync(
      join(FIXTURES, 'cyclonedx/saasbom-apigateway-microservices-datastores/bom.json'),
    );
    await upload(new File([bom], 'bom.json', { type: 'application/json' }), 'cyclonedx');
    fireEvent.click(screen.getByRole('button', { name: 'Create model' }));
    const text = await created('bom');
    expect(text).toMatch(/# TODO/);
    expect(text).toContain('bom.json');
  });

  it('refuses a broken model with each error at its line, and an unreadable source at its place', async () => {
    show();
    await upload(new File(['mvnoscope: 1\noperator:\n  id: x\n'], 'bad.yaml'), 'model');
    fireEvent.click(screen.getByRole('button', { name: 'Create model' }));
    const problems = await screen.findByRole('list', { name: 'Problems' }, PATIENT);
    expect(problems.textContent).toMatch(/^the model is invalid/);
    expect(within(problems).getAllByText(/^bad\.yaml:\d+:\d+: /).length).toBeGreaterThan(0);
    cleanup();

    show();
    await upload(new File(['{ "bomFormat": "CycloneDX", '], 'broken.json'), 'cyclonedx');
    fireEvent.click(screen.getByRole('button', { name: 'Create model' }));
    const refused = await screen.findByRole('list', { name: 'Problems' }, PATIENT);
    expect(refused.textContent).toMatch(/^broken\.json:1:\d+: /);
    expect(await modelText('broken')).toBeUndefined();
  });
});

function readdirYaml(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort((a, b) => a.localeCompare(b));
}
