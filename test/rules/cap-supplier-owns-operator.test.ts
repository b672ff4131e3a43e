import { describe, expect, it } from 'vitest';
import { capSupplierOwnsOperator } from '../../src/rules/builtin/cap-supplier-owns-operator.js';
import { BASE, findingsOf } from './support.js';

const FUND = '    - { id: fund, name: Fund, kind: financial, stake: 40% }\n';

describe('cap-supplier-owns-operator', () => {
  it('fires when a supplier group invests 20% or more', () => {
    const text = BASE.replace(
      FUND,
      '    - { id: fund, name: Fund, kind: strategic, stake: 40%, group: enabler-group }\n',
    );
    const [finding] = findingsOf(capSupplierOwnsOperator, text);
    expect(finding).toMatchObject({
      id: 'cap-supplier-owns-operator/enabler-group',
      severity: 'medium',
    });
    expect(finding?.message).toBe(
      'enabler-group owns 40% of op and supplies it through enabler, enabler-esim',
    );
    expect(finding?.evidence.map((e) => e.path)).toEqual([
      'capital.investors[1].stake',
      'providers[1]',
      'providers[2]',
    ]);
  });

  it('is high when the supplier owns the majority through operator.owners', () => {
    const text = BASE.replace(
      '  as_of: 2026-11-01\n',
      '  as_of: 2026-11-01\n  owners:\n    - { group: host-group, stake: 60% }\n',
    );
    const [finding] = findingsOf(capSupplierOwnsOperator, text);
    expect(finding).toMatchObject({
      id: 'cap-supplier-owns-operator/host-group',
      severity: 'high',
    });
    expect(finding?.evidence[0]?.path).toBe('operator.owners[0].stake');
  });

  it('fires below 20% when the supplier holds a board seat', () => {
    const text = BASE.replace(
      FUND,
      '    - { id: fund, name: Fund, kind: strategic, stake: 10%, group: enabler-group, board_seat: true }\n',
    );
    expect(findingsOf(capSupplierOwnsOperator, text)[0]?.message).toContain(
      'owns 10% of op with a board seat',
    );
  });

  it('stays quiet for a small passive stake and for investors outside the supply chain', () => {
    expect(findingsOf(capSupplierOwnsOperator, BASE)).toEqual([]);
    const small = BASE.replace(
      FUND,
      '    - { id: fund, name: Fund, kind: strategic, stake: 10%, group: enabler-group }\n',
    );
    expect(findingsOf(capSupplierOwnsOperator, small)).toEqual([]);
  });
});
