import { describe, expect, it } from 'vitest';
import { conNoDataReturn } from '../../src/rules/builtin/con-no-data-return.js';
import { BASE, findingsOf } from './support.js';

describe('con-no-data-return', () => {
  it('fires when a data holder’s contract excludes data return', () => {
    const text = BASE.replace(
      '    unit_prices: { per_subscriber_month: 0.2 }\n    data_return: true\n',
      '    unit_prices: { per_subscriber_month: 0.2 }\n    data_return: false\n',
    );
    const [finding] = findingsOf(conNoDataReturn, text);
    expect(finding).toMatchObject({
      id: 'con-no-data-return/crm-subscription',
      severity: 'medium',
      message:
        'crm holds identity (confidential), profile (confidential), and contract crm-subscription excludes data return at exit',
    });
    expect(finding?.evidence.map((e) => e.path)).toEqual([
      'contracts[2].data_return',
      'data[0].held_by',
      'data[3].held_by',
    ]);
  });

  it('is high when the provider holds restricted data such as keys', () => {
    const text = BASE.replace(
      '    price_review: annual_review\n    data_return: true\n    security_requirements: true\n    shared_responsibility: true\n    incident_notice_hours: 24\n  - id: platform\n',
      '    price_review: annual_review\n    security_requirements: true\n    shared_responsibility: true\n    incident_notice_hours: 24\n  - id: platform\n',
    );
    const [finding] = findingsOf(conNoDataReturn, text);
    expect(finding).toMatchObject({ id: 'con-no-data-return/wholesale', severity: 'high' });
    expect(finding?.message).toContain('keys (restricted)');
    expect(finding?.evidence[0]?.path).toBe('contracts[0]');
  });

  it('stays quiet when the provider holds none of the operator’s data', () => {
    expect(findingsOf(conNoDataReturn, BASE)).toEqual([]);
    const text = BASE.replace(
      '    unit_prices: { per_1k_inferences: 2.0 }\n    data_return: true\n',
      '    unit_prices: { per_1k_inferences: 2.0 }\n',
    );
    expect(findingsOf(conNoDataReturn, text)).toEqual([]);
  });
});
