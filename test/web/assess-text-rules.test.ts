/**
 * The browser's live assessment runs the workspace's user rules beside the built-in ones, as
 * the server's analysis of the same text does, so the findings the editor shows are the ones
 * the server would give.
 */
import { describe, expect, it } from 'vitest';
import { analysisJsonText } from '../../src/server/analyser.js';
import { assessText } from '../../web/src/assessment/assess-text.js';
import { readExample } from '../support/load.js';
import { exampleRulesText } from '../support/rule-files.js';

const LIGHT = readExample('light-mvno-on-enabler.yaml');

describe('the live assessment with workspace rules', () => {
  it('finds what the server finds with the same rules', () => {
    const rules = exampleRulesText();
    const live = assessText(LIGHT, rules).assessment?.findings.map((f) => f.id) ?? [];
    const server = JSON.parse(analysisJsonText('model.yaml', LIGHT, rules)).findings.map(
      (f: { id: string }) => f.id,
    );
    expect(live).toContain('user-cloud-outside-europe/stratus-cloud');
    expect(live).toEqual(server);
  });

  it('runs the built-in rules alone without a rules text', () => {
    const live = assessText(LIGHT).assessment?.findings ?? [];
    expect(live.some((f) => f.ruleId.startsWith('user-'))).toBe(false);
    expect(live.length).toBeGreaterThan(0);
  });
});
