/** `advise` and `apply` as a user runs them: the moved model, simulated and lock-in analysed, shows the figures advise stated. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { EXAMPLES_DIR } from '../support/load.js';

const example = join(EXAMPLES_DIR, 'light-mvno-on-enabler.yaml');

describe('mvnoscope advise and apply', () => {
  it('writes the model after a move, and lockin and simulate on it give the stated figures', async () => {
    const advised = await cli('advise', example, '--json', '--trials', '3000', '--seed', '5');
    expect(advised.code).toBe(0);
    const advice = JSON.parse(advised.stdout);
    const move = advice.moves.find((m: { kind: string }) => m.kind === 'second-host-network');
    expect(move).toBeDefined();
    const out = join(mkdtempSync(join(tmpdir(), 'mvnoscope-apply-')), 'after.yaml');
    const applied = await cli('apply', example, '--move', move.id, '-o', out);
    expect(applied.code, applied.stderr).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('# ');
    const simulated = await cli('simulate', out, '--json', '--trials', '3000', '--seed', '5');
    expect(simulated.code, simulated.stderr).toBe(0);
    expect(JSON.parse(simulated.stdout).margin.es95).toBe(move.deltas.stress.marginEs95.after);
    const lockin = JSON.parse((await cli('lockin', out, '--json')).stdout);
    const pennine = move.deltas.dependencies.find(
      (d: { provider: string }) => d.provider === 'pennine-telecom',
    );
    const after = lockin.dependencies.find(
      (d: { provider: string }) => d.provider === 'pennine-telecom',
    );
    expect(after.today.cost).toBe(pennine.exitCost.after);
  }, 120_000);

  it('names the moves there are when asked for one that is not', async () => {
    const result = await cli('apply', example, '--move', 'no-such/move');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('second-host-network/standby-host');
  }, 60_000);

  it('prints a ranked table, the plan and its roadmap', async () => {
    const result = await cli('advise', example, '--top', '3', '--trials', '2000');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Moves, most net value first');
    expect(result.stdout).toContain('Recommended plan');
    expect(result.stdout).toContain('Roadmap');
    expect(result.stdout).not.toMatch(/\de[+-]?\d|-0 GBP|\(s\)/);
  }, 60_000);
});
