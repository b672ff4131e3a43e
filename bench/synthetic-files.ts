/**
 * Synthetic models written to files, so that benchmarks can run the whole command on them as a
 * user does (the CLI reads a file). Each size is written once as JSON and once as YAML, from the
 * same generated model, so the two formats time the same content.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { syntheticModel } from '../test/support/synthetic-model.js';

export interface SyntheticFiles {
  readonly providers: number;
  readonly yaml: string;
  readonly json: string;
  /** Bytes of each file, for the size column. */
  readonly yamlBytes: number;
  readonly jsonBytes: number;
}

/** Writes `synthetic-<n>.yaml` and `.json` into `dir` for each size. */
export async function writeSyntheticModels(
  dir: string,
  sizes: readonly number[],
): Promise<SyntheticFiles[]> {
  const files: SyntheticFiles[] = [];
  for (const providers of sizes) {
    const model = syntheticModel({ providers, seed: 1 });
    const json = JSON.stringify(model, null, 2);
    // lineWidth -1: no folding, so the YAML is as a person or a tool would write it.
    const yaml = dump(model, { lineWidth: -1 });
    const base = join(dir, `synthetic-${providers}`);
    await writeFile(`${base}.json`, json);
    await writeFile(`${base}.yaml`, yaml);
    files.push({
      providers,
      yaml: `${base}.yaml`,
      json: `${base}.json`,
      yamlBytes: Buffer.byteLength(yaml),
      jsonBytes: Buffer.byteLength(json),
    });
  }
  return files;
}
