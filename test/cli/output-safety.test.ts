/**
 * `-o` writes only regular files (issue 19): a device, a symbolic link, a folder or the command's
 * own input is refused with exit 2 and the path; file-system errors are exit 2 with the path,
 * never exit 3; a control character in a path or a refused file reaches the terminal escaped.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { MINIMAL } from '../support/load.js';

function workspace(): { dir: string; model: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mvnoscope-out-'));
  const model = join(dir, 'model.yaml');
  writeFileSync(model, MINIMAL);
  return { dir, model };
}

describe('-o writes only regular files', () => {
  it('writes a new file and replaces a regular one', async () => {
    const { dir, model } = workspace();
    const out = join(dir, 'a.json');
    expect((await cli('analyze', model, '--format', 'json', '-o', out)).code).toBe(0);
    expect((await cli('analyze', model, '--format', 'json', '-o', out)).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('schemaVersion', 1);
  });

  it('refuses a device', async () => {
    const { model } = workspace();
    const outcome = await cli('analyze', model, '--format', 'json', '-o', '/dev/null');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('/dev/null is not a regular file');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a symbolic link and leaves it and its target alone', async () => {
    const { dir, model } = workspace();
    const target = join(dir, 'target.txt');
    writeFileSync(target, 'keep');
    const link = join(dir, 'link.json');
    symlinkSync(target, link);
    const outcome = await cli('analyze', model, '--format', 'json', '-o', link);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('is a symbolic link');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('keep');
  });

  it('never overwrites its own input', async () => {
    const { model } = workspace();
    const outcome = await cli('analyze', model, '--format', 'markdown', '-o', model);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('is the model file this command reads');
    expect(readFileSync(model, 'utf8')).toBe(MINIMAL);
  });

  it.each([
    ['ENOTDIR', (_: string, model: string) => join(model, 'x.json'), 'is not a folder'],
    ['ENAMETOOLONG', (dir: string) => join(dir, `${'n'.repeat(300)}.json`), 'too long'],
    ['a missing folder', (dir: string) => join(dir, 'no', 'x.json'), 'does not exist'],
  ])('%s is exit 2 with the path', async (_, pathOf, words) => {
    const { dir, model } = workspace();
    const out = pathOf(dir, model);
    const outcome = await cli('analyze', model, '--format', 'json', '-o', out);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(words);
    expect(outcome.stderr).toContain(out.slice(0, 40));
  });

  it.skipIf(!existsSync('/sys/kernel'))(
    'EACCES (sysfs refuses new files even to root) is exit 2',
    async () => {
      const { model } = workspace();
      const outcome = await cli('analyze', model, '--format', 'json', '-o', '/sys/mvnoscope.json');
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toContain('cannot write /sys/mvnoscope.json: permission denied');
    },
  );

  it('EFBIG (past the file-size limit) is exit 2 with the path, and leaves no temporary file', () => {
    const { dir, model } = workspace();
    const out = join(dir, 'big.json');
    const tsx = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
    const bin = join(import.meta.dirname, '..', '..', 'src', 'cli', 'bin.ts');
    // A limit of 2 blocks (1 KiB) on files this shell's children write; the JSON is far larger.
    const run = spawnSync(
      'bash',
      [
        '-c',
        `ulimit -f 2; exec "$0" "$1" analyze "$2" --format json -o "$3"`,
        tsx,
        bin,
        model,
        out,
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`cannot write ${out}: the file would be larger than`);
    expect(readdirSync(dir).filter((name) => name.includes('big.json'))).toEqual([]);
  });

  it('shows a control character of a path as an escape', async () => {
    const { dir, model } = workspace();
    const out = join(dir, 'no\u001b[2J', 'x.json');
    const outcome = await cli('analyze', model, '--format', 'json', '-o', out);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).not.toContain('\u001b[2J');
    expect(outcome.stderr).toContain('\\x1b[2J');
  });
});

describe('a refused file is shown without its control characters', () => {
  it('escapes an ESC of the text in the code frame and the message', async () => {
    const { dir } = workspace();
    const model = join(dir, 'evil.yaml');
    writeFileSync(model, MINIMAL.replace('name: Host A', 'name: Host\u001b]0;pwned\u0007A'));
    for (const command of ['validate', 'analyze']) {
      const outcome = await cli(command, model);
      expect(outcome.code).toBe(2);
      const printed = outcome.stdout + outcome.stderr;
      expect(printed).toContain('control character U+001B (ESC)');
      expect(printed).toContain('Host\\x1b]0;pwned\\x07A');
      expect(printed.includes('\u001b]0;') || printed.includes('\u0007')).toBe(false);
    }
  });
});

describe('bounded work from the command line', () => {
  it('refuses simulate --years past 50 (exit 2), which would otherwise never end', async () => {
    const { model } = workspace();
    const outcome = await cli('simulate', model, '--years', '100000000', '--trials', '10');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('at most 50 years');
  });
});
