/**
 * API, one request at a time in process: the server's app (the same database, job runner,
 * analysis pool and cache as `mvnoscope serve`) answering POST /api/analyze of a text not
 * seen before, called through its fetch handler with no socket; wall and CPU (every thread,
 * the pool's workers included) per request, medians of 40 after 10 to warm up.
 *
 * API load: requests per second and latency for analysing a shipped example (POST
 * /api/analyze) at 50 concurrent clients, against the real server — the compiled CLI's
 * `mvnoscope serve` in a child process, on an ephemeral port, with SQLite in a temporary
 * folder. Any failed request fails the benchmark. Two runs: every request a text not seen
 * before (a comment line differs, so each is analysed: the CPU-bound worst case), and every
 * request the same text (answered from the server's analysis cache).
 *
 * The load generator is a small closed loop written here rather than autocannon (not a
 * dependency of the project, and adding one for a benchmark is not worth it): each of the 50
 * clients sends its next request as soon as its previous answer is read, over Node's own
 * fetch (undici, keep-alive). The server runs in its own process, so the client's work does
 * not share the server's event loop.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AnalysisCache } from '../src/server/analysis-cache.js';
import { AnalysisPool } from '../src/server/analysis-pool.js';
import { createApp } from '../src/server/app.js';
import { JobRunner } from '../src/server/jobs.js';
import { openDatabase } from '../src/storage/database.js';
import { createToken } from '../src/storage/tokens.js';
import { createWorkspace } from '../src/storage/workspaces.js';
import { readExample } from '../test/support/load.js';
import { row } from './measure.js';

const execFileAsync = promisify(execFile);
const BIN = join(import.meta.dirname, '..', 'bin', 'mvnoscope.js');
const EXAMPLE = 'light-mvno-on-enabler.yaml';
const CLIENTS = 50;
const WARM_UP_SECONDS = 3;
const MEASURE_SECONDS = 15;
/** Issue 18's goals: one request in process, and the load of 50 clients with new texts. */
const GOAL_ONE_REQUEST_MS = 20;
const GOAL_NEW_TEXTS_PER_SECOND = 80;
const GOAL_P99_MS = 1000;

interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly firstError?: string;
  readonly seconds: number;
  readonly latenciesMs: number[];
}

export async function apiBench(): Promise<void> {
  await oneRequestInProcess();
  console.log(`\nAPI load: POST /api/analyze of ${EXAMPLE}, ${CLIENTS} concurrent clients`);
  const dir = await mkdtemp(join(tmpdir(), 'mvnoscope-api-bench-'));
  const server = spawn(process.execPath, [BIN, 'serve', '--data-dir', dir, '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const { stdout } = await execFileAsync(process.execPath, [
      BIN,
      'token',
      'create',
      '--data-dir',
      dir,
      '--workspace',
      'bench',
      '--create',
      '--name',
      'bench',
    ]);
    const token = stdout.trim();
    const url = await listeningUrl(server);
    const example = readExample(EXAMPLE);
    const analyse = async (text: string) => {
      const response = await fetch(`${url}/api/analyze`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text, name: EXAMPLE }),
      });
      const answer = await response.text();
      if (response.status !== 200)
        throw new Error(`HTTP ${response.status}: ${answer.slice(0, 200)}`);
    };
    let sent = 0;
    const fresh = () => analyse(`${example}\n# request ${sent++}\n`);
    const repeated = () => analyse(example);
    const widths = [22, 8, 9, 8, 8, 9, 9, 7];
    console.log(
      row(
        ['requests', 'clients', 'count', 'seconds', 'req/s', 'p50 (ms)', 'p99 (ms)', 'errors'],
        widths,
      ),
    );
    let errors = 0;
    for (const [label, send] of [
      ['each text new', fresh],
      ['same text (cached)', repeated],
    ] as const) {
      await closedLoop(send, CLIENTS, WARM_UP_SECONDS);
      const result = await closedLoop(send, CLIENTS, MEASURE_SECONDS);
      const sorted = [...result.latenciesMs].sort((a, b) => a - b);
      const quantile = (q: number) =>
        sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
      console.log(
        row(
          [
            label,
            CLIENTS,
            result.requests,
            result.seconds.toFixed(1),
            (result.requests / result.seconds).toFixed(1),
            quantile(0.5).toFixed(0),
            quantile(0.99).toFixed(0),
            result.errors,
          ],
          widths,
        ) + loadGoalNote(label, result.requests / result.seconds, quantile(0.99), result.errors),
      );
      if (result.errors > 0) console.log(`  first error: ${result.firstError}`);
      errors += result.errors;
    }
    if (errors > 0) throw new Error(`API load: ${errors} requests failed`);
  } finally {
    server.kill('SIGINT');
    await new Promise((resolve) => server.once('exit', resolve));
    await rm(dir, { recursive: true, force: true });
  }
}

async function oneRequestInProcess(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'mvnoscope-api-bench-'));
  const database = await openDatabase({ backend: 'sqlite', file: join(dir, 'bench.db') });
  const jobs = new JobRunner();
  const pool = new AnalysisPool();
  const analyses = new AnalysisCache(pool);
  try {
    const app = createApp({ db: database.db, jobs, analyses, work: pool, logError: () => {} });
    const workspace = await createWorkspace(database.db, 'bench');
    const { token } = await createToken(database.db, {
      name: 'bench',
      scope: 'workspaces',
      grants: [{ workspaceId: workspace.id, role: 'write' }],
    });
    const example = readExample(EXAMPLE);
    let sent = 0;
    const once = async (): Promise<{ wall: number; cpu: number }> => {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const response = await app.request('/api/analyze', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: `${example}\n# request ${sent++}\n`, name: EXAMPLE }),
      });
      const answer = await response.text();
      if (response.status !== 200)
        throw new Error(`HTTP ${response.status}: ${answer.slice(0, 200)}`);
      const used = process.cpuUsage(cpu);
      return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
    };
    for (let i = 0; i < 10; i++) await once();
    const runs: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < 40; i++) runs.push(await once());
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
    const wall = median(runs.map((run) => run.wall));
    const cpu = median(runs.map((run) => run.cpu));
    console.log(
      `\nAPI, one request in process (POST /api/analyze of ${EXAMPLE}, a new text each time): ` +
        `${wall.toFixed(1)} ms wall, ${cpu.toFixed(1)} ms CPU (all threads), median of 40 ` +
        `(goal under ${GOAL_ONE_REQUEST_MS} ms: ${wall < GOAL_ONE_REQUEST_MS ? 'met' : 'missed'})`,
    );
  } finally {
    await Promise.all([jobs.close(), analyses.close()]);
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Beside the row of new texts: the goal of at least 80 requests a second, p99 under 1 s, 0 errors. */
function loadGoalNote(label: string, perSecond: number, p99: number, errors: number): string {
  if (label !== 'each text new') return '';
  const met = perSecond >= GOAL_NEW_TEXTS_PER_SECOND && p99 < GOAL_P99_MS && errors === 0;
  return `  (goal ≥ ${GOAL_NEW_TEXTS_PER_SECOND} req/s, p99 < ${GOAL_P99_MS} ms, 0 errors: ${met ? 'met' : 'missed'})`;
}

/** Runs `clients` loops of back-to-back requests for `seconds`; records every latency. */
async function closedLoop(
  send: () => Promise<void>,
  clients: number,
  seconds: number,
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        try {
          await send();
          latenciesMs.push(performance.now() - sent);
        } catch (error) {
          errors++;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    requests: latenciesMs.length + errors,
    errors,
    firstError,
    seconds: elapsed,
    latenciesMs,
  };
}

/** The URL `mvnoscope serve` prints once it listens (it was asked for any free port). */
function listeningUrl(server: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    server.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API on (http:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    server.once('exit', (code) =>
      reject(new Error(`mvnoscope serve exited (${code}) before listening: ${output.trim()}`)),
    );
  });
}
