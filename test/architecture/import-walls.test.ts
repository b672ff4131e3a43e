/**
 * The floors hold: biome.json's noRestrictedImports walls refuse an import from a lower floor
 * to a higher one (the core to an adapter, the server or the report to the CLI, …) and let the
 * imports each floor needs through; the rooms the browser runs (the model, the analysis, the
 * importers) import no Node built-in. Probe files are linted with the project's own biome.json
 * in a temporary folder, so the test neither touches the tree nor depends on its state.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');

/** A probe: a file at `path` importing `specifier`, and whether the walls must refuse it. */
const PROBES: readonly { path: string; specifier: string; refused: boolean }[] = [
  // The core imports no adapter.
  { path: 'src/model/probe.ts', specifier: '../cli/main.js', refused: true },
  { path: 'src/analysis/failure/probe.ts', specifier: '../../report/sarif.js', refused: true },
  { path: 'src/rules/probe.ts', specifier: '../server/app.js', refused: true },
  { path: 'src/economics/probe.ts', specifier: '../storage/models.js', refused: true },
  { path: 'src/stress/probe.ts', specifier: '../run/stress-run.js', refused: true },
  { path: 'src/optimize/probe.ts', specifier: '../run/optimize-run.js', refused: true },
  { path: 'src/sensitivity/probe.ts', specifier: '../cli/format/colour.js', refused: true },
  { path: 'src/text/probe.ts', specifier: '../report/json/json-header.js', refused: true },
  { path: 'src/api/probe.ts', specifier: '../server/limits.js', refused: true },
  { path: 'src/api/probe-web.ts', specifier: '../../web/src/main.js', refused: true },
  { path: 'src/model/probe-ok.ts', specifier: '../analysis/analyse.js', refused: false },
  { path: 'src/api/probe-ok.ts', specifier: '../stress/simulation.js', refused: false },
  // The server, the report and storage never import the CLI.
  { path: 'src/server/probe.ts', specifier: '../cli/version.js', refused: true },
  { path: 'src/server/routes/probe.ts', specifier: '../../cli/format/colour.js', refused: true },
  { path: 'src/report/html/probe.ts', specifier: '../../cli/format/table.js', refused: true },
  { path: 'src/storage/probe.ts', specifier: '../cli/database-options.js', refused: true },
  { path: 'src/server/probe-ok.ts', specifier: '../run/worker.js', refused: false },
  { path: 'src/report/probe-ok.ts', specifier: '../text/index.js', refused: false },
  // src/run stands below both adapters; the report below src/run, which renders through it.
  { path: 'src/run/probe.ts', specifier: '../cli/main.js', refused: true },
  { path: 'src/run/probe-server.ts', specifier: '../server/app.js', refused: true },
  { path: 'src/report/probe-run.ts', specifier: '../run/full-report.js', refused: true },
  { path: 'src/run/probe-ok.ts', specifier: '../report/json/analysis-json.js', refused: false },
  { path: 'src/cli/probe-ok.ts', specifier: '../run/worker.js', refused: false },
  // The importers read text and write model YAML for every adapter; the core never imports them.
  { path: 'src/importers/probe.ts', specifier: '../cli/main.js', refused: true },
  { path: 'src/importers/formats/probe.ts', specifier: '../../storage/models.js', refused: true },
  { path: 'src/importers/probe-server.ts', specifier: '../server/app.js', refused: true },
  {
    path: 'src/model/probe-importers.ts',
    specifier: '../importers/import-model.js',
    refused: true,
  },
  {
    path: 'src/importers/probe-ok.ts',
    specifier: '../report/register/supplier-register.js',
    refused: false,
  },
  {
    path: 'src/cli/probe-importers-ok.ts',
    specifier: '../importers/import-model.js',
    refused: false,
  },
  // The importers are a shared room: the server and the web app import them as the CLI does.
  {
    path: 'src/server/routes/probe-importers-ok.ts',
    specifier: '../../importers/import-model.js',
    refused: false,
  },
  {
    path: 'web/src/probe-importers-ok.ts',
    specifier: '../../src/importers/import-model.js',
    refused: false,
  },
  // The web app runs in the browser: no CLI, server, storage or run module.
  { path: 'web/src/probe.ts', specifier: '../../src/cli/main.js', refused: true },
  { path: 'web/src/probe-ok.ts', specifier: '../../src/api/jobs.js', refused: false },
  // Rooms the browser runs (the model, the analysis, the importers) import no Node built-in.
  { path: 'src/importers/probe-node.ts', specifier: 'node:fs', refused: true },
  { path: 'src/importers/formats/probe-node.ts', specifier: 'node:zlib', refused: true },
  { path: 'src/model/probe-node.ts', specifier: 'node:path', refused: true },
  { path: 'src/importers/probe-yaml-ok.ts', specifier: 'yaml', refused: false },
];

/** The rules a probe can break: a wall between floors, or a Node built-in in a browser room. */
const WALL_RULES = ['lint/style/noRestrictedImports', 'lint/correctness/noNodejsModules'];

interface Diagnostic {
  readonly category: string;
  readonly location: { readonly path: string };
}

let refusedPaths: Set<string>;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mvnoscope-walls-'));
  // The project's configuration, minus what ties it to this checkout (git, the schema file).
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));
  delete config.vcs;
  delete config.$schema;
  config.files = { includes: ['**'] };
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  for (const probe of PROBES) {
    mkdirSync(join(dir, dirname(probe.path)), { recursive: true });
    writeFileSync(join(dir, probe.path), `import '${probe.specifier}';\n`);
  }
  const output = lint(dir);
  const report = JSON.parse(output.slice(output.indexOf('{'))) as {
    diagnostics: readonly Diagnostic[];
  };
  refusedPaths = new Set(
    report.diagnostics
      .filter((d) => WALL_RULES.includes(d.category))
      .map((d) => d.location.path.replaceAll('\\', '/')),
  );
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Biome's JSON report of the probes (it exits 1 when a wall refused one). */
function lint(cwd: string): string {
  try {
    return execFileSync(
      BIOME,
      [
        'lint',
        '--only=style/noRestrictedImports',
        '--only=correctness/noNodejsModules',
        '--reporter=json',
        '.',
      ],
      { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}

describe('the import walls', () => {
  it.each(PROBES)('$path importing $specifier: refused $refused', ({ path, refused }) => {
    expect(refusedPaths.has(path)).toBe(refused);
  });
});
