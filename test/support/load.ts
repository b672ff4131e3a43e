import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadResult, type LoadSuccess, loadModel } from '../../src/model/load/load-model.js';
import { starterModel } from '../../src/model/starter-model.js';
import { operatorSection } from './operator.js';

export const EXAMPLES_DIR = join(import.meta.dirname, '..', '..', 'examples');

export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
}

export function readExample(name: string): string {
  return readFileSync(join(EXAMPLES_DIR, name), 'utf8');
}

/** Loads text and fails the test with the diagnostics if it does not load. */
export function loadOk(text: string, file = 'model.yaml'): LoadSuccess {
  const result = loadModel(text, { file });
  if (!result.ok) {
    const lines = result.diagnostics.map(
      (d) => `${d.position.line}:${d.position.column} ${d.code} ${d.message}`,
    );
    throw new Error(`expected ${file} to load, got:\n${lines.join('\n')}`);
  }
  return result;
}

export function loadFails(text: string): Exclude<LoadResult, LoadSuccess> {
  const result = loadModel(text, { file: 'model.yaml' });
  if (result.ok) throw new Error('expected the model to be refused, but it loaded');
  return result;
}

export const STARTER = starterModel();

/** A small valid model to mutate in tests; one line per fact so edits are easy to aim. */
export const MINIMAL = `${operatorSection()}groups:
  - id: host-group
    name: Host Group
providers:
  - id: mno-a
    name: Host A
    kind: mno
    group: host-group
    availability: 0.999
    supplies: [radio_access, subscriber_data]
  - id: mno-b
    name: Host B
    kind: mno
    availability: 0.999
    supplies: [{ capability: radio_access, standby: true }]
`;
