import { describe, expect, it } from 'vitest';
import { aiPlatformContractWithoutExport } from '../../src/rules/builtin/ai-platform-contract-without-export.js';
import { BASE, findingsOf } from './support.js';

describe('ai-platform-contract-without-export', () => {
  it('fires on an AI platform contract that rules out export', () => {
    const text = BASE.replace('    model_export: true\n', '    model_export: false\n');
    const [finding] = findingsOf(aiPlatformContractWithoutExport, text);
    expect(finding).toMatchObject({
      id: 'ai-platform-contract-without-export/ai-terms',
      severity: 'medium',
    });
    expect(finding?.message).toContain('care-bot');
    expect(finding?.evidence.map((e) => e.path)).toEqual([
      'contracts[3].model_export',
      'intelligence[0].trained_on_operator_data',
    ]);
  });

  it('points at the contract when it says nothing on export', () => {
    const text = BASE.replace('    model_export: true\n', '');
    expect(findingsOf(aiPlatformContractWithoutExport, text)[0]?.evidence[0]).toMatchObject({
      path: 'contracts[3]',
    });
  });

  it('stays quiet with an export clause, or when nothing there learns from operator data', () => {
    expect(findingsOf(aiPlatformContractWithoutExport, BASE)).toEqual([]);
    const text = BASE.replace('    model_export: true\n', '').replace(
      'trained_on_operator_data: true',
      'trained_on_operator_data: false',
    );
    expect(findingsOf(aiPlatformContractWithoutExport, text)).toEqual([]);
  });
});
