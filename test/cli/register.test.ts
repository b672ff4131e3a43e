import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { EXAMPLES_DIR } from '../support/load.js';

const LIGHT = join(EXAMPLES_DIR, 'light-mvno-on-enabler.yaml');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mvnoscope-register-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('mvnoscope register', () => {
  it('prints CSV with a BOM to standard output by default', async () => {
    const out = await cli('register', LIGHT);
    expect(out.code).toBe(0);
    expect(out.stdout.startsWith('\uFEFFSupplier id,Supplier name,Ownership group')).toBe(true);
    expect(out.stdout).toContain('\r\npennine-telecom,Pennine Telecom,pennine-group,');
    expect((await cli('register', LIGHT, '--no-bom')).stdout.startsWith('Supplier id,')).toBe(true);
  });

  it('writes CSV or XLSX by the extension of -o', async () => {
    const csv = join(dir, 'suppliers.csv');
    expect((await cli('register', LIGHT, '-o', csv)).code).toBe(0);
    expect(await readFile(csv, 'utf8')).toMatch(/^\uFEFFSupplier id,/);

    const xlsx = join(dir, 'suppliers.xlsx');
    const out = await cli('register', LIGHT, '-o', xlsx);
    expect(out).toMatchObject({ code: 0, stdout: '' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.getWorksheet('Suppliers')?.getRow(2).getCell(1).value).toBe('pennine-telecom');
    expect(await readdir(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
  });

  it('takes --format xlsx with a file of another name', async () => {
    const path = join(dir, 'register.bin');
    expect((await cli('register', LIGHT, '--format', 'xlsx', '-o', path)).code).toBe(0);
    expect((await readFile(path)).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses XLSX to standard output, with a hint', async () => {
    const out = await cli('register', LIGHT, '--format', 'xlsx');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('an XLSX workbook is binary');
    expect(out.stderr).toContain('hint: give a file');
  });

  it('asks for --format when the file name does not tell', async () => {
    const out = await cli('register', LIGHT, '-o', join(dir, 'suppliers.txt'));
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('cannot tell the format from the file name');
    expect(await readdir(dir)).not.toContain('suppliers.txt');
  });

  it('refuses an unknown format', async () => {
    const out = await cli('register', LIGHT, '--format', 'pdf');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/Allowed choices are csv, xlsx/);
  });

  it('reports an invalid model with exit 2 and writes nothing', async () => {
    const model = join(dir, 'broken.yaml');
    await writeFile(model, 'operator: 1\n');
    const target = join(dir, 'broken.xlsx');
    const out = await cli('register', model, '-o', target);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('invalid');
    expect(await readdir(dir)).not.toContain('broken.xlsx');
  });

  it('reports an unwritable output as a usage error, not a crash', async () => {
    const out = await cli('register', LIGHT, '-o', join(dir, 'no-such-folder', 'r.xlsx'));
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('does not exist');
    expect(out.stderr).not.toContain('internal error');
  });
});
