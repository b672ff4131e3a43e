import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseStructure } from '../../src/analysis/analyse.js';
import {
  type DependencyDiagram,
  dependencyDiagram,
} from '../../src/report/diagram/dependency-diagram.js';
import { diagramDot, dotString } from '../../src/report/diagram/dot.js';
import { diagramMermaid, mermaidText } from '../../src/report/diagram/mermaid.js';
import { loadOk, readExample } from '../support/load.js';
import { EVIL_ID, HOSTILE, hostileModel } from './support.js';

let graphviz: Graphviz;
beforeAll(async () => {
  graphviz = await Graphviz.load();
});

/** The text Graphviz draws for each node, by node name, read back from its SVG. */
function drawnLabels(dot: string): Map<string, string> {
  const svg = graphviz.dot(dot);
  const labels = new Map<string, string>();
  for (const [, name = '', inner = ''] of svg.matchAll(
    /<g id="node\d+" class="node">\s*<title>([^<]*)<\/title>([\s\S]*?)<\/g>/g,
  )) {
    const lines = [...inner.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
      decodeXml(m[1] ?? ''),
    );
    labels.set(name, lines.join('\n'));
  }
  return labels;
}

function decodeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Mermaid's `#NN;` entities decoded: what the reader would see. */
function decodeMermaid(text: string): string {
  return text.replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}

const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');

function diagramOf(text: string): DependencyDiagram {
  const loaded = loadOk(text);
  return dependencyDiagram(loaded.model, analyseStructure(loaded.model, loaded.assumptions));
}

describe('DOT', () => {
  it.each(HOSTILE)('keeps %j one label, drawn as written', (hostile) => {
    const dot = `digraph { n0 [label=${dotString(hostile)}]; n1; n0 -> n1; }`;
    const labels = drawnLabels(dot);
    expect([...labels.keys()].sort()).toEqual(['n0', 'n1']);
    // Graphviz collapses runs of spaces in drawn text; control characters became spaces.
    expect(labels.get('n0')?.replace(/\s+/g, ' ')).toBe(
      oneLine(hostile).replace(/\s+/g, ' ').trim(),
    );
  });

  it('escapes quotes and backslashes, and never leaves a line break in a string', () => {
    expect(dotString('a"b\\c\nd')).toBe('"a\\"b\\\\c d"');
    // Graphviz reads entities in labels: "&amp;" written by a user must stay "&amp;".
    expect(dotString('AT&amp;T')).toBe('"AT&amp;amp;T"');
    expect(dotString('\\')).toBe('"\\\\"');
  });

  it('draws a hostile model with exactly its capabilities and providers as nodes', () => {
    const diagram = diagramOf(hostileModel('light-mvno-on-enabler.yaml', 'lattice-mvne'));
    const dot = diagramDot(diagram);
    const labels = drawnLabels(dot);
    expect(labels.size).toBe(diagram.nodes.length);
    for (const node of diagram.nodes) {
      const expected = [node.label, node.detail]
        .filter((s) => s !== '')
        .map(oneLine)
        .join('\n');
      expect(labels.get(node.id)?.replace(/ +/g, ' ')).toBe(expected.replace(/ +/g, ' ').trim());
    }
    expect(dot).not.toContain(EVIL_ID);
  });

  it('marks single points of failure and bounds the layout of large diagrams', () => {
    const diagram = diagramOf(readExample('light-mvno-on-enabler.yaml'));
    const dot = diagramDot(diagram);
    const pennine = diagram.nodes.find((n) => n.label === 'Pennine Telecom');
    expect(pennine?.singlePoint).toBe(true);
    expect(dot).toMatch(new RegExp(`${pennine?.id} \\[[^\\]]*color="#b91c1c", penwidth=2.5`));
    expect(dot).toMatch(
      /subgraph cluster_g\d+ \{\n {4}label="Lattice Holdings \(group: single point of failure\)"/,
    );
    expect(dot).not.toContain('nslimit');
    const many: DependencyDiagram = {
      ...diagram,
      nodes: Array.from({ length: 151 }, (_, i) => ({ ...diagram.nodes[0], id: `c${i}` }) as never),
    };
    expect(diagramDot(many)).toContain('nslimit=2');
  });
});

describe('Mermaid', () => {
  it.each(HOSTILE)('keeps %j inside its label, as entities', (hostile) => {
    const text = mermaidText(hostile);
    expect(text.replace(/#\d+;/g, '')).not.toMatch(/["<>`|[\]{}();%#&\\\n\r]/);
    expect(text).not.toContain('-->');
    expect(decodeMermaid(text)).toBe(oneLine(hostile));
  });

  it('keeps letters, digits and non-ASCII text as written', () => {
    expect(mermaidText('Télécom Ünïon 3 · 100 Mbit/s')).toBe('Télécom Ünïon 3 · 100 Mbit/s');
  });

  it('writes only its own syntax for a hostile model', () => {
    const diagram = diagramOf(hostileModel('light-mvno-on-enabler.yaml', 'lattice-mvne'));
    const mermaid = diagramMermaid(diagram);
    const lines = mermaid.trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    const label = '"[^"]*"';
    const grammar = [
      new RegExp(`^ {2,4}[cp]\\d+(\\[${label}\\]|\\(${label}\\))$`),
      new RegExp(`^ {2}subgraph g\\d+\\[${label}\\]$`),
      /^ {2}end$/,
      new RegExp(`^ {2}[cp]\\d+ (-->|-\\.->)(\\|${label}\\|)? p\\d+$`),
      /^ {2}classDef [a-z]+ [a-z0-9:#,.-]+$/,
      /^ {2}class [cp\d,]+ [a-z]+$/,
      /^ {2}style g\d+ [a-z0-9:#,-]+$/,
    ];
    for (const line of lines.slice(1))
      expect(
        grammar.some((g) => g.test(line)),
        line,
      ).toBe(true);
    expect(mermaid).not.toContain('%%');
    expect(mermaid).not.toContain(EVIL_ID);
    // Every hostile name comes back, as the reader will see it.
    for (const node of diagram.nodes)
      expect(decodeMermaid(mermaid)).toContain(oneLine(node.label).replace(/\s+$/, ''));
  });
});
