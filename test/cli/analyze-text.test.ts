/**
 * `mvnoscope analyze` in a terminal: the brief of the report document (analysis-brief.ts) drawn
 * by the terminal renderer, the same text the renderer gives, coloured only on a terminal that
 * wants colour (FORCE_COLOR, or a TTY without NO_COLOR), plain in a pipe or a file.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { buildAnalysisBrief } from '../../src/report/document/analysis-brief.js';
import { reportTerminal } from '../../src/report/terminal/report-terminal.js';
import { inputsFor } from '../report/support.js';
import { cli } from '../support/cli.js';
import { readExample } from '../support/load.js';

const NAME = 'light-mvno-on-enabler.yaml';
const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', NAME);
const ESC = String.fromCharCode(27);
const saved = { FORCE_COLOR: process.env.FORCE_COLOR, NO_COLOR: process.env.NO_COLOR };
const plain = (t: string) => t;

afterEach(() => {
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

async function onTty(...argv: string[]): Promise<string> {
  let stdout = '';
  await run(argv, {
    stdout: { write: (t: string) => (stdout += t), isTTY: true },
    stderr: { write: () => true },
  });
  return stdout;
}

describe('mvnoscope analyze in a terminal', () => {
  it('prints the brief as the terminal renderer draws it, plain when not on a terminal', async () => {
    delete process.env.FORCE_COLOR;
    const out = await cli('analyze', EXAMPLE, '--top', '3');
    expect(out.code).toBe(0);
    const inputs = inputsFor(readExample(NAME), EXAMPLE, { stress: false, front: false });
    const expected = reportTerminal(buildAnalysisBrief(inputs, { top: 3 }), {
      bold: plain,
      dim: plain,
      red: plain,
      yellow: plain,
      green: plain,
    });
    expect(out.stdout).toBe(`${expected}\n`);
    expect(out.stdout).not.toContain(ESC);
    expect(out.stdout).toContain('  … and 70 more (--top to show more; --format markdown');
  });

  it('colours severities, positions and headings on a terminal that wants colour', async () => {
    process.env.FORCE_COLOR = '1';
    const text = await onTty('analyze', EXAMPLE);
    expect(text).toContain(`${ESC}[31mcritical${ESC}[39m`);
    expect(text).toContain(`${ESC}[31mdependent participant${ESC}[39m`);
    expect(text).toContain(`${ESC}[33mcontested${ESC}[39m`);
    expect(text).toContain(`${ESC}[1mFailure analysis${ESC}[22m`);
  });

  it('stays plain on a terminal when NO_COLOR is set', async () => {
    delete process.env.FORCE_COLOR;
    process.env.NO_COLOR = '1';
    expect(await onTty('analyze', EXAMPLE)).not.toContain(ESC);
  });
});
