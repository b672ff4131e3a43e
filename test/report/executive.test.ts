/**
 * The executive page, the timeline and the grouped findings, on the light MVNO example with
 * figures worked by hand from its YAML: what the page says, what the timeline dates, how the
 * findings group, and that user strings reach the stack picture escaped.
 */
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/advice/index.js';
import { buildReport } from '../../src/report/document/build-report.js';
import { cellText, type Figure, type Section } from '../../src/report/document/document.js';
import {
  EXECUTIVE_MOVES,
  executiveSection,
  holdersOf,
} from '../../src/report/document/executive-section.js';
import { groupFindings } from '../../src/report/document/finding-groups.js';
import { modelNames, shownFile } from '../../src/report/document/model-names.js';
import { contractEvents, TRACKS } from '../../src/report/document/timeline-section.js';
import { layerStackSvg } from '../../src/report/html/layer-stack-svg.js';
import { reportMarkdown } from '../../src/report/markdown/report-markdown.js';
import { money } from '../../src/text/index.js';
import { loadOk, readExample } from '../support/load.js';
import { inputsFor } from './support.js';

const LIGHT = 'light-mvno-on-enabler.yaml';
const figure = (section: Section, id: string): Figure | undefined =>
  section.blocks.find((b): b is Figure => b.kind === 'figure' && b.id === id);

describe('the executive page', () => {
  const text = readExample(LIGHT);
  const inputs = inputsFor(text, LIGHT, { front: false });
  const advice = advise(loadOk(text, LIGHT), { trials: 2_000 });
  const section = executiveSection({ ...inputs, advice });

  it('comes first, prints alone, and names the operator and its type', () => {
    const document = buildReport({ ...inputs, advice });
    expect(document.sections[0]?.id).toBe('at-a-glance');
    expect(section.printedAlone).toBe(true);
    const first = section.blocks[0];
    expect(first?.kind === 'paragraph' && first.text).toBe(
      'Kestrel Mobile is a Light MVNO (thin / service provider), carried by Pennine Telecom: 95,000 subscribers in GB, as the model stands on 2026-11-01.',
    );
  });

  it('gives six figures in words, the largest exit worked from the lock-in analysis', () => {
    const figures = section.blocks.find((b) => b.kind === 'figures');
    expect(figures?.kind === 'figures' && figures.items.length).toBe(6);
    const items = figures?.kind === 'figures' ? figures.items : [];
    const largest = inputs.assessment.lockin.dependencies[0];
    expect(largest?.provider).toBe('pennine-telecom');
    expect(items.find((i) => i.label === 'Largest exit')?.value).toBe(
      `leaving Pennine Telecom costs ${money(largest?.today.cost ?? 0, 'GBP')} and ${Math.round(largest?.today.months ?? 0)} months`,
    );
    expect(items.find((i) => i.label === 'Outages')?.value).toMatch(
      /^service lost about [\d.]+ hours a year \(99\.\d+% available\)$/,
    );
  });

  it('draws the five layers with who holds each, and a verdict sentence per layer', () => {
    const stack = figure(section, 'layer-stack');
    expect(stack?.body.kind).toBe('stack');
    const layers = stack?.body.kind === 'stack' ? stack.body.layers : [];
    expect(layers.map((l) => l.title)).toEqual([
      'Cost structure',
      'Intelligence',
      'Network routes',
      'Edge control',
      'Capital and coordination',
    ]);
    // The light MVNO's host carries its network routes: Pennine Telecom is named first.
    const { model } = inputs.loaded;
    expect(holdersOf(model, 'network_routes', modelNames(model))[0]).toBe('Pennine Telecom');
    const verdicts = section.blocks.find((b) => b.kind === 'list');
    const sentences = verdicts?.kind === 'list' ? verdicts.items : [];
    expect(sentences).toHaveLength(5);
    expect(sentences[2]).toMatch(/^Network routes: dependent on Pennine Telecom/);
  });

  it('lists the advisor’s top three moves with value, cost and act-by date', () => {
    const moves = figure(section, 'executive-moves');
    const rows = moves?.body.kind === 'table' ? moves.body.table.rows : [];
    expect(rows).toHaveLength(EXECUTIVE_MOVES);
    rows.forEach((row, i) => {
      const move = advice.moves[i];
      expect(cellText(row[0] ?? '')).toBe(move?.title);
      expect(cellText(row[1] ?? '')).toBe(money(move?.value.total ?? 0, 'GBP'));
      expect(cellText(row[3] ?? '')).toMatch(
        /start by \d{4}-\d{2}-\d{2}|window closed|no deadline/,
      );
    });
  });

  it('lists the top risks as groups of findings, most severe first', () => {
    const risks = figure(section, 'executive-risks');
    const rows = risks?.body.kind === 'table' ? risks.body.table.rows : [];
    expect(rows.length).toBe(5);
    expect(rows.map((r) => cellText(r[0] ?? ''))).toEqual([
      'critical',
      'critical',
      'critical',
      'high',
      'high',
    ]);
    const titles = rows.map((r) => cellText(r[1] ?? ''));
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('prints the stack as a table in Markdown', () => {
    const markdown = reportMarkdown(buildReport({ ...inputs, advice }));
    expect(markdown).toMatch(
      /\| Network routes \| Pennine Telecom, [^|]+ \| 86\.8 \| 2\.7 \| dependent participant \|/,
    );
  });
});

describe('the five layers as a picture', () => {
  it('escapes every string and draws each index to scale', () => {
    const svg = layerStackSvg(
      [
        {
          title: '<script>alert(1)</script>',
          holders: '"><img src=x onerror=alert(1)>',
          dependency: 50,
          control: null,
          position: 'contested & more',
          tone: 'medium',
        },
      ],
      'a "label"',
    );
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('aria-label="a &quot;label&quot;"');
    expect(svg).toContain('contested &amp; more');
    // Dependency 50 of 100 on a 150-unit bar; control not assessed draws no bar and says n/a.
    expect(svg).toContain('class="stack-dependency" x="400" y="24" width="75.0"');
    expect(svg).toContain('class="stack-control" x="400" y="38" width="0.0"');
    expect(svg).toContain('>n/a</text>');
  });
});

describe('findings grouped by what to do', () => {
  const inputs = inputsFor(readExample(LIGHT), LIGHT, { stress: false, front: false });
  const findings = inputs.assessment.run.findings;
  const groups = groupFindings(findings);

  it('lists each rule and root cause once, with every instance, in severity order', () => {
    // Every finding in exactly one group.
    expect(groups.flatMap((g) => g.instances.map((f) => f.id)).sort()).toEqual(
      findings.map((f) => f.id).sort(),
    );
    const keys = groups.map((g) => `${g.ruleId} ${g.recommendation}`);
    expect(new Set(keys).size).toBe(keys.length);
    // The three NIS2 early-warning findings of the light MVNO are one group of three.
    const notice = groups.find((g) => g.ruleId === 'reg-incident-reporting-24h');
    expect(notice?.instances.map((f) => f.elements.join('+'))).toEqual([
      'lattice-mvne',
      'signalbridge',
      'stratus-cloud',
    ]);
    const order = ['critical', 'high', 'medium', 'low', 'info'];
    const ranks = groups.filter((g) => g.open > 0).map((g) => order.indexOf(g.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('puts one row per group in the findings section', () => {
    const document = buildReport(inputs);
    const section = document.sections.find((s) => s.id === 'findings') as Section;
    const table = figure(section, 'findings');
    const rows = table?.body.kind === 'table' ? table.body.table.rows : [];
    expect(rows).toHaveLength(groups.length);
    expect(rows.length).toBeLessThan(findings.length);
    const notice = rows.find((r) => cellText(r[1] ?? '').includes('reg-incident-reporting-24h'));
    expect(cellText(notice?.[2] ?? '')).toMatch(
      /^3: lattice-mvne \(lines? [\d, ]+\); signalbridge/,
    );
  });
});

describe('the timeline', () => {
  it('dates the light MVNO’s host contract term after term, worked from its YAML', () => {
    // pennine-wholesale: start 2023-04-01, 60-month term, renews for 24 months, 12 months'
    // notice; as of 2026-11-01 with a 60-month horizon (to 2031-11-01).
    const { model } = loadOk(readExample(LIGHT), LIGHT);
    const events = contractEvents(model, modelNames(model)).filter((e) =>
      e.subject.startsWith('pennine-wholesale '),
    );
    expect(events.map((e) => [e.date, e.track])).toEqual([
      ['2028-04-01', TRACKS.renewal],
      ['2027-04-01', TRACKS.notice],
      ['2030-04-01', TRACKS.renewal],
      ['2029-04-01', TRACKS.notice],
    ]);
    expect(events[0]?.what).toBe('pennine-wholesale (Pennine Telecom) renews for 24 months');
  });
});

describe('file names in reports', () => {
  it('keeps a relative path and cuts an absolute one to its base name', () => {
    expect(shownFile('examples/light.yaml')).toBe('examples/light.yaml');
    expect(shownFile('/home/ana/models/light.yaml')).toBe('light.yaml');
    expect(shownFile('C:\\Users\\ana\\light.yaml')).toBe('light.yaml');
    expect(shownFile('\\\\server\\share\\light.yaml')).toBe('light.yaml');
  });
});
