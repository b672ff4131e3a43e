/** Control characters made visible (src/text/control-characters.ts), and the register CSV uses it. */
import { describe, expect, it } from 'vitest';
import { registerCsv } from '../../src/report/register/register-csv.js';
import type { SupplierRegister } from '../../src/report/register/supplier-register.js';
import { visibleControls } from '../../src/text/control-characters.js';

describe('visibleControls', () => {
  it('writes C0, DEL and C1 as \\x escapes and leaves the rest alone', () => {
    expect(visibleControls('a\u0000b\u001b[2Jc\u007fd\u009be')).toBe(
      'a\\x00b\\x1b[2Jc\\x7fd\\x9be',
    );
    expect(visibleControls('Telefónica ✓')).toBe('Telefónica ✓');
  });

  it('keeps tabs and line breaks with keepLayout, and escapes them without', () => {
    expect(visibleControls('a\tb\r\nc', { keepLayout: true })).toBe('a\tb\r\nc');
    expect(visibleControls('a\tb\nc')).toBe('a\\x09b\\x0ac');
  });
});

describe('the register CSV', () => {
  it('shows a control character in a cell as an escape', () => {
    const register = {
      operator: 'Op',
      asOf: '2026-01-01',
      currency: 'GBP',
      columns: [{ key: 'name', header: 'Name', kind: 'text', description: '' }],
      rows: [{ name: 'Evil\u001b]0;title\u0007 Ltd' }],
    } as unknown as SupplierRegister;
    const csv = registerCsv(register, { bom: false });
    expect(csv).toBe('Name\r\nEvil\\x1b]0;title\\x07 Ltd\r\n');
  });
});
