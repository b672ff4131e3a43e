import { describe, expect, it } from 'vitest';
import { aiCriticalVendorModelNoExport } from '../../src/rules/builtin/ai-critical-vendor-model-no-export.js';
import { BASE, findingsOf } from './support.js';

/** The care bot made high-criticality, with no export right of its own. */
const CRITICAL_BOT = BASE.replace('criticality: medium', 'criticality: high').replace(
  'model_export: true, inferences',
  'model_export: false, inferences',
);
const NO_CONTRACT_EXPORT = CRITICAL_BOT.replace('    model_export: true\n', '');

describe('ai-critical-vendor-model-no-export', () => {
  it('fires on a high-criticality vendor model trained on operator data with no export', () => {
    const [finding] = findingsOf(aiCriticalVendorModelNoExport, NO_CONTRACT_EXPORT);
    expect(finding).toMatchObject({
      id: 'ai-critical-vendor-model-no-export/care-bot',
      severity: 'high',
    });
    expect(finding?.message).toContain('ai-terms');
    expect(finding?.evidence[0]).toMatchObject({ path: 'intelligence[0].model_export' });
  });

  it('is critical for a use case of criticality critical', () => {
    const text = NO_CONTRACT_EXPORT.replace('criticality: high', 'criticality: critical');
    expect(findingsOf(aiCriticalVendorModelNoExport, text)[0]).toMatchObject({
      severity: 'critical',
    });
  });

  it('stays quiet when the platform contract grants model export', () => {
    expect(findingsOf(aiCriticalVendorModelNoExport, CRITICAL_BOT)).toEqual([]);
  });

  it('stays quiet for medium criticality and for models run in-house', () => {
    expect(findingsOf(aiCriticalVendorModelNoExport, BASE)).toEqual([]);
    const inHouse = NO_CONTRACT_EXPORT.replace(
      'runs_on: ai-vendor, model_controlled_by: ai-vendor',
      'runs_on: team, model_controlled_by: op',
    );
    expect(findingsOf(aiCriticalVendorModelNoExport, inHouse)).toEqual([]);
  });
});
