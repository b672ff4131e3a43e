/**
 * Shows that a change left the CLI's JSON unchanged: `analyze --json` and `lockin --json` of
 * every example, byte for byte, from this tree against a baseline.
 *
 *   tsx scripts/compare-example-json.ts --base <git revision>   baseline from that revision
 *   tsx scripts/compare-example-json.ts --save <dir>            write this tree's outputs
 *   tsx scripts/compare-example-json.ts --against <dir>         compare with saved outputs
 *
 * This tree runs from dist/ (`npm run build` first) when `--dist` is given, else through tsx.
 * A revision is unpacked with `git archive` into a temporary folder that borrows this tree's
 * node_modules, and runs through tsx; the examples are always this tree's, named by the same
 * relative path, so the documents' `file` fields agree. Exits 1 on the first difference.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const COMMANDS = ['analyze', 'lockin'] as const;

/** How to start one CLI: the program and the arguments before the command's own. */
interface Cli {
  readonly program: string;
  readonly prefix: readonly string[];
}

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    save: { type: 'string' },
    against: { type: 'string' },
    dist: { type: 'boolean', default: false },
  },
});

const examples = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => `examples/${name}`);

/** The document's name in a saved folder, e.g. `light-mvno-on-enabler.analyze.json`. */
const documentName = (example: string, command: string) =>
  `${example.replace(/^examples\//, '').replace(/\.yaml$/, '')}.${command}.json`;

function outputs(cli: Cli): Map<string, string> {
  const documents = new Map<string, string>();
  for (const example of examples)
    for (const command of COMMANDS)
      documents.set(
        documentName(example, command),
        execFileSync(cli.program, [...cli.prefix, command, '--json', example], {
          cwd: ROOT,
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        }),
      );
  return documents;
}

function tsxCli(root: string): Cli {
  return { program: process.execPath, prefix: ['--import', 'tsx', join(root, 'src/cli/bin.ts')] };
}

const thisTree: Cli = values.dist
  ? { program: process.execPath, prefix: [join(ROOT, 'bin/mvnoscope.js')] }
  : tsxCli(ROOT);

/** The outputs of a git revision, run from a temporary copy of its sources. */
function revisionOutputs(revision: string): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'mvnoscope-base-'));
  try {
    const archive = execFileSync(
      'git',
      ['archive', '--format=tar', revision, 'src', 'package.json'],
      {
        cwd: ROOT,
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    return outputs(tsxCli(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function savedOutputs(dir: string): Map<string, string> {
  return new Map(
    examples.flatMap((example) =>
      COMMANDS.map((command) => {
        const name = documentName(example, command);
        return [name, readFileSync(join(dir, name), 'utf8')] as const;
      }),
    ),
  );
}

function compare(baseline: Map<string, string>, current: Map<string, string>): boolean {
  let same = true;
  for (const [name, expected] of baseline) {
    const actual = current.get(name);
    if (actual === expected) continue;
    same = false;
    console.error(`differs: ${name} (${expected.length} bytes before, ${actual?.length} after)`);
  }
  return same;
}

if (values.save !== undefined) {
  mkdirSync(values.save, { recursive: true });
  for (const [name, text] of outputs(thisTree)) writeFileSync(join(values.save, name), text);
  console.log(`saved ${examples.length * COMMANDS.length} documents to ${values.save}`);
} else {
  const baseline =
    values.against !== undefined
      ? savedOutputs(values.against)
      : revisionOutputs(values.base ?? 'HEAD');
  const same = compare(baseline, outputs(thisTree));
  const count = `${baseline.size} documents (${examples.length} examples × ${COMMANDS.join(', ')})`;
  console.log(same ? `byte-identical: ${count}` : `differences found among ${count}`);
  process.exitCode = same ? 0 : 1;
}
