import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { MINIMAL, STARTER } from '../support/load.js';

const execFileAsync = promisify(execFile);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mvnoscope-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const dir_ = () => dir;

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('mvnoscope validate', () => {
  it('exits 0 and names the operator type for a valid model', async () => {
    const out = await cli('validate', await file('ok.yaml', STARTER));
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(
      /ok\.yaml: valid — Light MVNO \(thin \/ service provider\) \(0 errors, 0 warnings\)/,
    );
  });

  it('exits 2 with file:line:col, the path and "did you mean" for a mistyped reference', async () => {
    const path = await file('typo.yaml', MINIMAL.replace('group: host-group', 'group: host-grop'));
    const out = await cli('validate', path);
    expect(out.code).toBe(2);
    expect(out.stdout).toContain(
      `${path}:21:12 error \`host-grop\` does not name an ownership group`,
    );
    expect(out.stdout).toContain('at       providers[0].group');
    expect(out.stdout).toContain('hint     did you mean `host-group`?');
    expect(out.stdout).toContain('> 21 |     group: host-grop');
    expect(out.stdout).not.toMatch(/\bat .*\.(js|ts):\d+/); // no stack trace
  });

  it('prints JSON with a schema version, diagnostics and assumptions', async () => {
    const path = await file('defaults.yaml', MINIMAL.replace('  monthly_churn: 1%\n', ''));
    const out = await cli('validate', '--json', path);
    const report = JSON.parse(out.stdout);
    expect(report).toMatchObject({
      schemaVersion: 1,
      valid: true,
      files: [{ file: path, valid: true, errors: 0, warnings: 1 }],
    });
    expect(report.files[0].assumptions).toContainEqual(
      expect.objectContaining({
        path: ['operator', 'monthly_churn'],
        value: 0.015,
        basis: 'default',
      }),
    );
    expect(report.files[0].classification.type).toBe('branded_reseller');
  });

  it('validates several files and fails if any is invalid', async () => {
    const out = await cli(
      'validate',
      await file('a.yaml', STARTER),
      await file('b.yaml', 'operator: 1\n'),
    );
    expect(out.code).toBe(2);
    expect(out.stdout).toMatch(/a\.yaml: valid/);
    expect(out.stdout).toMatch(/b\.yaml: invalid/);
  });

  it('refuses a 50 MB file from its size, without reading it', async () => {
    const path = join(dir, 'huge.yaml');
    await writeFile(path, '');
    await truncate(path, 50 * 1024 * 1024);
    const out = await cli('validate', path);
    expect(out.code).toBe(2);
    expect(out.stdout).toContain('error the file is 50 MB; the limit is 10 MB [limit-exceeded]');
  });

  it('accepts a raised size limit', async () => {
    const out = await cli('validate', '--max-file-size', '1KB', await file('small.yaml', STARTER));
    expect(out.code).toBe(2);
    expect(out.stdout).toContain('the limit is 1 KB');
  });

  it('reports a missing file and a directory clearly', async () => {
    expect((await cli('validate', join(dir, 'absent.yaml'))).stdout).toContain(
      'error no such file [file-not-found]',
    );
    expect((await cli('validate', dir)).stdout).toContain('this is a directory');
  });

  it('refuses a binary file', async () => {
    const path = join(dir, 'binary.yaml');
    await writeFile(path, Buffer.from([0xff, 0xfe, 0x00, 0x81]));
    expect((await cli('validate', path)).stdout).toContain('[not-utf8]');
  });

  it('exits 2 on a usage mistake, with a message and no trace', async () => {
    const out = await cli('validate', '--bogus', 'x.yaml');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("unknown option '--bogus'");
    const bad = await cli('validate', '--max-file-size', 'lots', 'x.yaml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected a size such as 10MB');
  });
});

describe('mvnoscope analyze', () => {
  const example = join(import.meta.dirname, '..', '..', 'examples', 'light-mvno-on-enabler.yaml');

  it('prints the classification, the scorecard with its factors, failures and concentration', async () => {
    const out = await cli('analyze', example);
    expect(out.code).toBe(0);
    for (const heading of [
      'Light MVNO',
      'Five-layer scorecard',
      'Failure analysis',
      'Single points of failure',
      'Largest blast radius',
      'Concentration',
      'Assumptions',
    ]) {
      expect(out.stdout).toContain(heading);
    }
    expect(out.stdout).toMatch(/Network routes .*\d+\.\d\s+\d+\.\d\s+dependent participant/);
    expect(out.stdout).toMatch(/\(lines? \d+/);
  });

  it('prints versioned JSON with evidence positions', async () => {
    const out = await cli('analyze', example, '--json');
    const report = JSON.parse(out.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.scorecard.layers).toHaveLength(5);
    const factor = report.scorecard.layers[2].dependency.factors[0];
    expect(factor.evidence[0]).toMatchObject({
      path: expect.stringMatching(/^providers\[\d+\]/),
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(report.failure.serviceLoss.method).toBe('exact');
    expect(report.classification.type).toBe('light');
  });

  it('gates a pipeline with --fail-on and writes SARIF and Markdown', async () => {
    const gated = await cli('analyze', example, '--fail-on', 'high', '--format', 'sarif');
    expect(gated.code).toBe(1);
    expect(JSON.parse(gated.stdout).version).toBe('2.1.0');
    const markdown = await cli('analyze', example, '--format', 'markdown');
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/^# Kestrel Mobile: Light MVNO/);
    expect(markdown.stdout).toContain('| severity | finding | instances | what to do |');
    expect((await cli('analyze', example, '--fail-on', 'severe')).code).toBe(2);
  });

  it('runs user rules from a folder and takes accepted risks from a file', async () => {
    const rules = join(import.meta.dirname, '..', '..', 'examples', 'rules');
    const register = await file(
      'risks.yaml',
      'suppressions:\n  - { finding: "user-cloud-outside-europe/*", reason: Contracted EU region, owner: CISO, expires: 2027-12-31 }\n',
    );
    const report = JSON.parse(
      (await cli('analyze', example, '--json', '--rules', rules, '--accept', register)).stdout,
    );
    const user = report.findings.filter(
      (f: { ruleId: string }) => f.ruleId === 'user-cloud-outside-europe',
    );
    expect(user.length).toBeGreaterThan(0);
    expect(user.every((f: { status: string }) => f.status === 'accepted')).toBe(true);
  });

  it('reports a broken user rule at its line and exits 2', async () => {
    const dir = join(dir_(), 'bad-rules');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'r.yaml'),
      'id: user-x\ntitle: X\nseverity: high\ncategory: security\nrationale: r\nrecommendation: r\nfor_each: providers\nwhen: item.kind ==\nmessage: m\n',
    );
    const out = await cli('analyze', example, '--rules', dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('r.yaml:8:7 error not a valid CEL expression');
  });

  it('exits 2 with positioned errors for an invalid model', async () => {
    const out = await cli(
      'analyze',
      await file(
        'bad-analyze.yaml',
        MINIMAL.replace('kind: mno\n    group', 'kind: mnoo\n    group'),
      ),
    );
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('did you mean `mno`?');
    expect(out.stdout).toBe('');
  });
});

describe('mvnoscope lockin', () => {
  const example = join(import.meta.dirname, '..', '..', 'examples', 'light-mvno-on-enabler.yaml');

  it('prints exit costs over the horizon, points of no return, options, leverage and parameters', async () => {
    const out = await cli('lockin', example, '--horizon', '36');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('over 36 months');
    // The SIM swaps and ports follow 172 person-days of re-integration: 12 + 1.4 months.
    expect(out.stdout).toMatch(/pennine-telecom\s+[\d,]+\s+13\.4/);
    for (const text of [
      'What leaving pennine-telecom takes today',
      'Points of no return',
      'pennine-telecom: 2029-05-01 (funding)',
      'Negotiation (Nash bargaining on the margin carried',
      'Designed or accumulated',
      'economics.swap_attrition = 10%: ',
    ]) {
      expect(out.stdout).toContain(text);
    }
  });

  it('prints the curves as versioned JSON with evidence positions', async () => {
    const report = JSON.parse((await cli('lockin', example, '--json')).stdout);
    expect(report.schemaVersion).toBe(1);
    const host = report.dependencies.find(
      (d: { provider: string }) => d.provider === 'pennine-telecom',
    );
    expect(host.curve).toHaveLength(61);
    expect(host.today.components[0].evidence[0]).toMatchObject({
      path: expect.stringMatching(/^contracts\[\d+\]$/),
      line: expect.any(Number),
    });
  });
});

describe('mvnoscope simulate', () => {
  const example = join(import.meta.dirname, '..', '..', 'examples', 'light-mvno-on-enabler.yaml');

  it('prints the distribution of the year, its drivers and convergence', async () => {
    const out = await cli(
      'simulate',
      example,
      '--trials',
      '20000',
      '--workers',
      '1',
      '--seed',
      '3',
    );
    expect(out.code).toBe(0);
    for (const text of [
      'Stress test: 20,000 simulated years (seed 3)',
      'VaR 95%',
      'What drives the bad years',
      'Convergence',
    ])
      expect(out.stdout).toContain(text);
  });

  it('gives the same JSON for the same seed with one worker or two', async () => {
    const run = async (workers: string) => {
      const {
        seconds: _s,
        trialsPerSecond: _t,
        simulationSeconds: _u,
        workers: _w,
        ...rest
      } = JSON.parse(
        (await cli('simulate', example, '--trials', '30000', '--workers', workers, '--json'))
          .stdout,
      );
      return rest;
    };
    const one = await run('1');
    expect(one.schemaVersion).toBe(1);
    expect(one.loss.var99).toBeGreaterThan(one.loss.var95);
    expect(await run('2')).toEqual(one);
  });
});

describe('mvnoscope optimize', () => {
  const example = join(import.meta.dirname, '..', '..', 'examples', 'light-mvno-on-enabler.yaml');

  it('prints the front with its knee and the price of deciding step by step', async () => {
    const out = await cli('optimize', example);
    expect(out.code, out.stderr).toBe(0);
    for (const text of [
      'Pareto front: cost × lockin',
      'found by dynamic programming',
      'knee',
      'Assembled one decision at a time',
      'Price of local optimisation',
    ])
      expect(out.stdout).toContain(text);
  });

  it('returns at most N points of the exact front with --points, and the proven bound on the rest', async () => {
    const full = JSON.parse((await cli('optimize', example, '--json')).stdout);
    const out = await cli('optimize', example, '--points', '5', '--json');
    expect(out.code, out.stderr).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.front).toHaveLength(5);
    const key = (d: { values: number[] }) => JSON.stringify(d.values);
    const exact = new Set(full.front.map(key));
    for (const design of result.front) expect(exact.has(key(design))).toBe(true);
    expect(result.representation).toMatchObject({ asked: 5, how: 'selection', openBoxes: 0 });
    expect(result.representation.gapBound).toBeGreaterThan(0);
    expect(result.representation.gapBound).toBeLessThan(1);
    const text = await cli('optimize', example, '--points', '5');
    expect(text.stdout).toMatch(/at most \d+\.\d{2}% is missing \(proven\)/);
  });

  it('gives JSON with every front design as its choices, none dominating another', async () => {
    const out = await cli(
      'optimize',
      example,
      '--objectives',
      'cost,time_to_launch,control',
      '--json',
    );
    expect(out.code, out.stderr).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.complete).toBe(true);
    expect(result.objectives).toEqual(['cost', 'time_to_launch', 'control']);
    expect(result.front.length).toBeGreaterThan(1);
    expect(result.front.filter((d: { knee: boolean }) => d.knee)).toHaveLength(1);
    type Reported = {
      values: { cost: number; time_to_launch: number; control: number };
      choices: { decision: string }[];
    };
    const better = (a: Reported, b: Reported) =>
      a.values.cost <= b.values.cost &&
      a.values.time_to_launch <= b.values.time_to_launch &&
      a.values.control >= b.values.control &&
      JSON.stringify(a.values) !== JSON.stringify(b.values);
    for (const a of result.front as Reported[]) {
      expect(a.choices.map((c) => c.decision)).toEqual([
        'host',
        'core',
        'sims',
        'billing',
        'hosting',
        'ai',
      ]);
      for (const b of result.front as Reported[]) expect(better(a, b)).toBe(false);
    }
  });

  it('agrees with enumeration on the IoT fleet space, service loss included', async () => {
    const iot = join(import.meta.dirname, '..', '..', 'examples', 'global-iot-multi-imsi.yaml');
    const out = await cli(
      'optimize',
      iot,
      '--objectives',
      'cost,lockin,resilience',
      '--method',
      'milp',
    );
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain(
      '36 designs; 18 on the front, found by MILP (HiGHS), checked against enumeration',
    );
    expect(out.stdout).toContain('service loss');
    // Yearly probabilities of loss read as odds, never in scientific notation.
    expect(out.stdout).toMatch(/about 1 in [\d,]+ years|under 1 in a million years/);
    expect(out.stdout).not.toMatch(/\d[eE]-\d/);
  });

  it('finds the same front by implicit enumeration and by the MILP', async () => {
    const front = async (method: string) => {
      const out = await cli(
        'optimize',
        example,
        '--objectives',
        'cost,lockin,time_to_launch',
        '--method',
        method,
        '--json',
      );
      expect(out.code, out.stderr).toBe(0);
      const result = JSON.parse(out.stdout) as {
        method: string;
        front: { values: Record<string, number> }[];
      };
      return { method: result.method, points: result.front.map((entry) => entry.values) };
    };
    const [enumerated, milp] = [await front('enumeration'), await front('milp')];
    expect(enumerated.method).toMatch(/^implicit enumeration/);
    expect(milp.method).toMatch(/^MILP/);
    expect(enumerated.points.length).toBeGreaterThan(1);
    expect(Object.keys(enumerated.points[0] ?? {})).toEqual(['cost', 'lockin', 'time_to_launch']);
    expect(enumerated.points).toEqual(milp.points);
  });

  it('refuses unknown objectives and models without a design space, without a stack trace', async () => {
    const wrong = await cli('optimize', example, '--objectives', 'cost,lockn');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('did you mean `lockin`?');
    const plain = await file('plain.yaml', MINIMAL);
    const none = await cli('optimize', plain);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('has no design_space');
    expect(none.stderr).not.toContain('    at ');
  });
});

describe('mvnoscope init', () => {
  it('writes a starter model that validates, and will not overwrite it', async () => {
    const path = join(dir, 'starter.yaml');
    expect((await cli('init', path)).code).toBe(0);
    expect((await cli('validate', path)).code).toBe(0);
    const again = await cli('init', path);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect((await cli('init', path, '--force')).code).toBe(0);
  });

  it('writes to standard output with "-"', async () => {
    const out = await cli('init', '-');
    expect(out.stdout).toBe(STARTER);
  });
});

describe('mvnoscope schema and catalogue', () => {
  it('prints the JSON Schema that is committed in schema/', async () => {
    const out = await cli('schema');
    const committed = await readFile(
      join(import.meta.dirname, '..', '..', 'schema', 'mvnoscope.schema.json'),
      'utf8',
    );
    expect(out.stdout).toBe(committed);
    expect(JSON.parse(out.stdout).properties.operator.required).toContain('currency');
  });

  it('prints the model reference that is committed in docs/', async () => {
    const out = await cli('schema', '--format', 'markdown');
    const committed = await readFile(
      join(import.meta.dirname, '..', '..', 'docs', 'model-reference.md'),
      'utf8',
    );
    expect(out.stdout).toBe(committed);
    expect(out.stdout).toContain('| `supplies[].share` | proportion (0.25 or "25%") |');
  });

  it('lists the capability catalogue', async () => {
    const out = await cli('catalogue', '--json');
    expect(JSON.parse(out.stdout).capabilities.map((c: { id: string }) => c.id)).toContain(
      'subscriber_data',
    );
  });

  it('has help with examples for every command', async () => {
    for (const command of [
      'validate',
      'analyze',
      'lockin',
      'simulate',
      'init',
      'schema',
      'catalogue',
    ]) {
      const out = await cli(command, '--help');
      expect(out.code).toBe(0);
      expect(out.stdout).toContain('Examples:');
    }
  });
});

describe('commands loaded on demand', () => {
  const ALL = [
    'validate',
    'analyze',
    'lockin',
    'simulate',
    'sensitivity',
    'advise',
    'apply',
    'optimize',
    'report',
    'export',
    'register',
    'compare',
    'init',
    'import',
    'schema',
    'catalogue',
    'serve',
    'token',
  ];

  it('lists every command in the help, in order', async () => {
    const out = await cli('--help');
    expect(out.code).toBe(0);
    const listed = [...out.stdout.matchAll(/^ {2}([a-z]+)\b/gm)].map((match) => match[1]);
    expect(listed.filter((name) => name !== 'help')).toEqual(ALL);
  });

  it('suggests the nearest command for a misspelt one', async () => {
    const out = await cli('analyse', 'examples/light-mvno-on-enabler.yaml');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/Did you mean analyze\?/);
  });

  it('loads a command with subcommands for its help', async () => {
    const out = await cli('token', '--help');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('create');
  });
});

describe('the installed bin', () => {
  it('runs the built CLI', async () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'mvnoscope.js');
    const { stdout } = await execFileAsync(process.execPath, [bin, '--version']);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
