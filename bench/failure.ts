/**
 * Failure analysis against networkx (issue 18, item 4): `analyseFailures` in-process on the
 * synthetic models, and bench/failure-networkx.py on the same structure (the dependency
 * graph's provider–capability–hosting–group edges, written to a JSON file) in the same run:
 * dominators, articulation points and the blast radius of every provider and group. Skipped
 * with a note when python3 with networkx is not there. Goal: ours at least 3× faster at 10k.
 *
 * The two do comparable, not identical, work: ours finds minimal cut sets to order 3 with the
 * AND of hosting and the OR of redundant suppliers, the blast radius of each provider and
 * group, and the exact loss probability; networkx's dominators treat every edge as an
 * alternative path. It is the yardstick the issue measured against.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildDependencyGraph, nodeKey } from '../src/analysis/dependency-graph.js';
import { analyseFailures } from '../src/analysis/failure/failure-analysis.js';
import { loadModel } from '../src/model/load/load-model.js';
import type { ResolvedModel } from '../src/model/resolved-model.js';
import { syntheticModel } from '../test/support/synthetic-model.js';
import { medianMs, row } from './measure.js';

const execFileAsync = promisify(execFile);
const SCRIPT = join(import.meta.dirname, 'failure-networkx.py');
const STRUCTURAL = new Set(['needs', 'supplied_by', 'hosted_on', 'subcontractor_of', 'member_of']);

interface NetworkxTiming {
  readonly total: number;
  readonly dominators: number;
  readonly articulation: number;
  readonly blastRadius: number;
}

async function networkxAvailable(): Promise<boolean> {
  try {
    await execFileAsync('python3', ['-c', 'import networkx']);
    return true;
  } catch {
    return false;
  }
}

/** The structure as networkx reads it: nodes with their kind, and the structural edges. */
function structureJson(model: ResolvedModel): string {
  const graph = buildDependencyGraph(model);
  const nodes: [string, string][] = [];
  graph.forEachNode((key, attributes) => {
    nodes.push([key, attributes.kind]);
  });
  const edges: [string, string][] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (STRUCTURAL.has(attributes.kind)) edges.push([source, target]);
  });
  return JSON.stringify({ operator: nodeKey('operator', model.operator.id), nodes, edges });
}

export async function failureBench(): Promise<void> {
  console.log(
    '\nFailure analysis against networkx on the same structure (goal: at least 3× faster at 10,000 providers)',
  );
  const python = await networkxAvailable();
  if (!python) console.log('  networkx: skipped (python3 with networkx is not installed)');
  const widths = [10, 12, 14, 16, 8];
  console.log(row(['providers', 'ours (ms)', 'networkx (ms)', 'networkx ÷ ours', 'goal'], widths));
  const dir = await mkdtemp(join(tmpdir(), 'mvnoscope-bench-failure-'));
  try {
    for (const providers of [1_000, 10_000]) {
      const loaded = loadModel(JSON.stringify(syntheticModel({ providers, seed: 1 })), {
        limits: { maxChars: 256 * 1024 * 1024 },
      });
      if (!loaded.ok) throw new Error('synthetic model failed to load');
      const ours = medianMs(() => analyseFailures(loaded.model), 3);
      let theirs: NetworkxTiming | undefined;
      if (python) {
        const file = join(dir, `structure-${providers}.json`);
        await writeFile(file, structureJson(loaded.model));
        const { stdout } = await execFileAsync('python3', [SCRIPT, file], {
          maxBuffer: 16 * 1024 * 1024,
        });
        theirs = JSON.parse(stdout) as NetworkxTiming;
      }
      const ratio = theirs === undefined ? undefined : (theirs.total * 1000) / ours;
      console.log(
        row(
          [
            providers.toLocaleString('en'),
            ours.toFixed(1),
            theirs === undefined ? '—' : (theirs.total * 1000).toFixed(1),
            ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
            providers === 10_000 && ratio !== undefined ? (ratio >= 3 ? 'met' : 'not met') : '',
          ],
          widths,
        ),
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
