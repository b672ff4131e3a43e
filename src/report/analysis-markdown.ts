/** The structural analysis and its findings as Markdown, for a pull request or a wiki page. */
import type { StructuralAnalysis } from '../analysis/analyse.js';
import type { ResolvedModel } from '../model/resolved-model.js';
import type { Finding } from '../rules/finding.js';
import { findingsMarkdown } from './findings-markdown.js';

const POSITION: Record<string, string> = {
  independent_node: 'independent node',
  contested: 'contested',
  dependent_participant: 'dependent participant',
  not_assessed: 'not assessed',
};

export function analysisMarkdown(
  file: string,
  model: ResolvedModel,
  analysis: StructuralAnalysis,
  findings: readonly Finding[],
): string {
  const { classification, scorecard, failure, concentration } = analysis;
  const loss = failure.serviceLoss;
  const lines = [
    `# ${model.operator.name}: ${classification.name}`,
    '',
    ...classification.reasons.map((r) => `- ${r}`),
    '',
    '## Five-layer scorecard',
    '',
    '| layer | dependency | control | position |',
    '|---|---:|---:|---|',
    ...scorecard.layers.map(
      (l) =>
        `| ${l.title} | ${l.dependency.score ?? 'n/a'} | ${l.control.score ?? 'n/a'} | ${POSITION[l.position]} |`,
    ),
    '',
    `AI amplification: dependency ${scorecard.aiAmplification.dependency ?? 'n/a'}, leverage ${scorecard.aiAmplification.leverage ?? 'n/a'}. Security exposure: ${scorecard.securityExposure.score ?? 'n/a'}.`,
    '',
    '## Failure analysis',
    '',
    `Probability of losing service: ${loss.probability.toExponential(3)} (availability ${(loss.availability * 100).toFixed(4)}%, ${loss.method === 'exact' ? 'exact' : 'cut-set upper bound'}).`,
    '',
    '| single point of failure | kind | loses | how |',
    '|---|---|---|---|',
    ...failure.singlePoints.map(
      (s) =>
        `| ${s.subject} | ${s.kind} | ${s.capabilities.map((c) => c.capability).join(', ')} | ${[...new Set(s.capabilities.map((c) => c.path.replace('_', ' ')))].join(', ')}${s.hidden ? ' (hidden)' : ''} |`,
    ),
    '',
    '## Concentration',
    '',
    `Spend by supplier group: HHI ${Math.round(concentration.spend.groupHhi)} (${concentration.spend.level.replace('_', ' ')}).`,
    '',
    ...concentration.groups
      .slice(0, 10)
      .map(
        (g) =>
          `- **${g.group}** controls ${g.capabilities.length} capabilities in ${g.layers.length} layer(s): ${g.capabilities.join(', ')}`,
      ),
    '',
    findingsMarkdown(file, findings),
  ];
  return `${lines.join('\n')}\n`;
}
