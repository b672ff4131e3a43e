/**
 * The brief: what `mvnoscope analyze` prints in a terminal, as a report document — what a
 * strategist reads first. The operator's type and why, the open findings, the five layers with
 * the factors behind each index (and the model lines they read), the single points of failure
 * and the largest blast radii, lock-in, concentration, and the assumptions the figures rest
 * on. Long lists stop at `top` rows and say how many more there are. The full report
 * (build-report.ts) explains the same figures at length, with charts.
 */
import type { IndexScore } from '../../analysis/scorecard/factor.js';
import { type LayerScore, POSITION_NAMES } from '../../analysis/scorecard/scorecard.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import type { Finding } from '../../rules/finding.js';
import { SEVERITIES } from '../../rules/rule.js';
import { decimal, wholeNumber } from '../../text/index.js';
import { briefAssumptions } from './brief-assumptions.js';
import { concentrationBrief, failureBrief, lockinBrief } from './brief-failure.js';
import type { Block, Cell, ReportDocument, Section } from './document.js';
import { shownFile } from './model-names.js';
import type { ReportInputs } from './report-inputs.js';
import { POSITION_TONE } from './scorecard-section.js';

export interface BriefOptions {
  /** Rows of the long lists to show (findings show twice as many). */
  readonly top: number;
}

export function buildAnalysisBrief(inputs: ReportInputs, options: BriefOptions): ReportDocument {
  const { model } = inputs.loaded;
  const { analysis, run, positionOf } = inputs.assessment;
  const { classification } = analysis;
  const operator = model.operator;
  const flags = [
    classification.hybrid ? 'hybrid' : undefined,
    classification.hostAffiliation?.kind.replace('_', ' '),
  ].filter(Boolean);
  const lineOf = (path: ModelPath) => positionOf(path).line;
  return {
    title: `${operator.name} (${operator.country}) — ${classification.name}${flags.length > 0 ? `, ${flags.join(', ')}` : ''}`,
    subtitle: `${wholeNumber(operator.subscribers)} subscribers · ARPU ${decimal(operator.arpu, 2, { trimZeros: true })} ${operator.currency} · host networks: ${classification.hostNetworks.join(', ') || 'none'}`,
    source: shownFile(inputs.file),
    sections: [
      classificationBrief(inputs),
      findingsBrief(run.findings, options),
      scorecardBrief(inputs, lineOf),
      failureBrief(inputs, options),
      lockinBrief(inputs, options),
      concentrationBrief(inputs, options),
      briefAssumptions(inputs),
    ],
  };
}

/** Why the operator is of its type, under the title; what the next rung up would take. */
function classificationBrief(inputs: ReportInputs): Section {
  const { classification } = inputs.assessment.analysis;
  const blocks: Block[] = [{ kind: 'list', items: classification.reasons }];
  const next = classification.nextRung;
  if (next !== undefined)
    blocks.push({
      kind: 'paragraph',
      text: `next rung (${next.type.replace('_', ' ')}) needs: ${next.missing.join('; ')}`,
      emphasis: 'note',
    });
  return { id: 'classification', title: '', blocks };
}

function findingsBrief(findings: readonly Finding[], { top }: BriefOptions): Section {
  const open = findings.filter((f) => f.status === 'open');
  const counts = SEVERITIES.map((s) => `${open.filter((f) => f.severity === s).length} ${s}`);
  const accepted = findings.length - open.length;
  const shown = open.slice(0, top * 2);
  const blocks: Block[] = [
    {
      kind: 'table',
      table: {
        columns: [
          { title: '', align: 'left' },
          { title: '', align: 'left', runOn: true },
          { title: '', align: 'left' },
          { title: '', align: 'left' },
        ],
        rows: shown.map((f) => [
          { text: f.severity, tone: f.severity },
          f.message,
          { text: f.evidence[0] === undefined ? '' : `line ${f.evidence[0].line}`, tone: 'info' },
          { text: `[${f.ruleId}]`, tone: 'info' },
        ]),
      },
    },
  ];
  if (open.length > shown.length)
    blocks.push({
      kind: 'paragraph',
      text: `… and ${open.length - shown.length} more (--top to show more; --format markdown or sarif for the register)`,
      emphasis: 'note',
    });
  return {
    id: 'findings',
    title: `Findings: ${open.length} open (${counts.join(', ')})${accepted > 0 ? `, ${accepted} accepted` : ''}`,
    blocks: shown.length === 0 ? [] : blocks,
  };
}

function scorecardBrief(inputs: ReportInputs, lineOf: (path: ModelPath) => number): Section {
  const { scorecard } = inputs.assessment.analysis;
  const { aiAmplification: ai, securityExposure } = scorecard;
  return {
    id: 'scorecard',
    title: 'Five-layer scorecard (0–100)',
    blocks: [
      {
        kind: 'table',
        table: {
          columns: [
            { title: 'layer', align: 'left' },
            { title: 'dependency', align: 'right' },
            { title: 'control', align: 'right' },
            { title: 'position', align: 'left' },
          ],
          rows: scorecard.layers.map((l) => [
            l.title,
            indexScore(l.dependency),
            indexScore(l.control),
            { text: POSITION_NAMES[l.position], tone: POSITION_TONE[l.position] },
          ]),
        },
      },
      {
        kind: 'paragraph',
        text: `AI amplification: dependency ${ai.dependency ?? 'n/a'}, leverage ${ai.leverage ?? 'n/a'} — ${ai.explanation}`,
      },
      { kind: 'paragraph', text: `Security exposure: ${securityExposure.score ?? 'n/a'}` },
      ...scorecard.layers.flatMap((layer) => layerFactors(layer, lineOf)),
      { kind: 'paragraph', text: 'Security exposure factors', emphasis: 'heading' },
      factorTable([[`exposure ${securityExposure.score ?? 'n/a'}`, securityExposure]], lineOf),
    ],
  };
}

/** A layer's factors under its title: each index, then the points each factor adds to it. */
function layerFactors(layer: LayerScore, lineOf: (path: ModelPath) => number): Block[] {
  return [
    { kind: 'paragraph', text: layer.title, emphasis: 'heading' },
    factorTable(
      [
        [`dependency ${indexScore(layer.dependency)}`, layer.dependency],
        [`control ${indexScore(layer.control)}`, layer.control],
      ],
      lineOf,
    ),
  ];
}

function factorTable(
  indices: readonly (readonly [string, IndexScore])[],
  lineOf: (path: ModelPath) => number,
): Block {
  const rows: Cell[][] = indices.flatMap(([label, index]) =>
    index.factors.length === 0
      ? [[label, '', '', '']]
      : index.factors.map((f, i) => [
          i === 0 ? label : '',
          // A factor of a layer that is not assessed is shown for its value and adds to no index.
          f.value === null ? 'n/a' : index.score === null ? '—' : `+${f.contribution.toFixed(1)}`,
          f.explanation,
          { text: evidenceLines(f.evidence, lineOf), tone: 'info' as const },
        ]),
  );
  return {
    kind: 'table',
    table: {
      columns: [
        { title: '', align: 'left' },
        { title: '', align: 'right' },
        { title: '', align: 'left', runOn: true },
        { title: '', align: 'left' },
      ],
      rows,
    },
  };
}

/** The model lines a factor read, the first six of them. */
function evidenceLines(
  evidence: readonly ModelPath[],
  lineOf: (path: ModelPath) => number,
): string {
  if (evidence.length === 0) return '';
  const lines = [...new Set(evidence.map(lineOf))].sort((a, b) => a - b);
  const shown = lines.length > 6 ? `${lines.slice(0, 6).join(', ')}, …` : lines.join(', ');
  return `(line${lines.length === 1 ? '' : 's'} ${shown})`;
}

/** A layer's index; a layer the model cannot measure carries no number. */
function indexScore(index: IndexScore): string {
  return index.score === null ? 'not assessed' : index.score.toFixed(1);
}
