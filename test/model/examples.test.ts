import { describe, expect, it } from 'vitest';
import { exampleFiles, loadOk, readExample } from '../support/load.js';

describe('shipped examples', () => {
  it.each(exampleFiles())('%s validates with no warnings and no defaults', (file) => {
    const result = loadOk(readExample(file), file);
    expect(result.diagnostics).toEqual([]);
    expect(result.assumptions.filter((a) => a.basis === 'default')).toEqual([]);
  });

  it.each(exampleFiles())(
    '%s opens with the schema modeline and says what is public and what is illustrative',
    (file) => {
      const text = readExample(file);
      expect(text.split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../schema/mvnoscope.schema.json',
      );
      const header = text.slice(0, text.indexOf('mvnoscope: 1'));
      expect(header).toMatch(/public/i);
      expect(header).toMatch(/illustrative/i);
    },
  );

  it.each(exampleFiles())('%s is a showcase, not a skeleton', (file) => {
    const { model } = loadOk(readExample(file), file);
    expect(model.providers.length).toBeGreaterThanOrEqual(6);
    expect(model.contracts?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(model.integrations?.length ?? 0).toBeGreaterThanOrEqual(5);
    expect(model.intelligence?.length ?? 0).toBeGreaterThanOrEqual(1);
    expect(model.decisions?.length ?? 0).toBeGreaterThanOrEqual(4);
    expect(model.costs?.length ?? 0).toBeGreaterThanOrEqual(4);
  });
});
