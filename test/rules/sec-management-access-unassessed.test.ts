import { describe, expect, it } from 'vitest';
import { secManagementAccessUnassessed } from '../../src/rules/builtin/sec-management-access-unassessed.js';
import { BASE, findingsOf } from './support.js';

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

/** The enabler with management access, last assessed on `date` (as_of is 2026-11-01). */
function enablerAssessedOn(date: string): string {
  const withAccess = edit('    kind: mvne\n', '    kind: mvne\n    management_access: true\n');
  return edit(
    '    hosted_on: [cloud]\n    availability: 99.9%\n    last_assessed: 2026-03-01\n',
    `    hosted_on: [cloud]\n    availability: 99.9%\n    last_assessed: ${date}\n`,
    withAccess,
  );
}

describe('sec-management-access-unassessed', () => {
  it('fires when the last assessment is more than 12 months old', () => {
    const [finding] = findingsOf(secManagementAccessUnassessed, enablerAssessedOn('2025-10-31'));
    expect(finding).toMatchObject({
      id: 'sec-management-access-unassessed/enabler',
      severity: 'high',
    });
    expect(finding?.message).toBe(
      'enabler (mvne) has management access and was last assessed on 2025-10-31, 12 months before 2026-11-01',
    );
    expect(finding?.evidence.map((e) => e.path)).toEqual([
      'providers[1].management_access',
      'providers[1].last_assessed',
    ]);
  });

  it('fires when a provider with management access was never assessed', () => {
    const text = edit('    kind: saas\n', '    kind: saas\n    management_access: true\n');
    expect(findingsOf(secManagementAccessUnassessed, text)[0]).toMatchObject({
      id: 'sec-management-access-unassessed/crm',
      message: 'crm (saas) has management access and has never been assessed',
    });
  });

  it('stays quiet within 12 months, and without management access', () => {
    expect(findingsOf(secManagementAccessUnassessed, enablerAssessedOn('2025-11-01'))).toEqual([]);
    expect(findingsOf(secManagementAccessUnassessed, BASE)).toEqual([]);
  });
});
