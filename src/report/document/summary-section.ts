/**
 * The summary: what kind of operator this is (the classification and why), and the handful of
 * numbers the rest of the report explains.
 */
import { withArticle } from '../../rules/indefinite-article.js';
import { SEVERITIES } from '../../rules/rule.js';
import {
  availability,
  money,
  percent,
  smallPercent,
  timeAYear,
  wholeNumber,
} from '../../text/index.js';
import type { Figure, Section } from './document.js';
import type { ReportInputs } from './report-inputs.js';

const HOLDER: Record<string, string> = {
  operator: 'the operator',
  third_party: 'a third party working for the operator',
  enabler: 'the enabler (MVNE/MVNA)',
  host: 'the host network',
  absent: 'nobody (not in the stack)',
};

export function summarySection(inputs: ReportInputs): Section {
  const { model } = inputs.loaded;
  const { analysis, run, lockin } = inputs.assessment;
  const { classification, failure } = analysis;
  const operator = model.operator;
  const open = run.findings.filter((f) => f.status === 'open');
  const openBySeverity = SEVERITIES.map(
    (s) => `${open.filter((f) => f.severity === s).length} ${s}`,
  );
  const largestExit = lockin.dependencies[0];
  const hosts = classification.hostNetworks;

  const items = [
    { label: 'Operator type', value: classification.name },
    { label: 'Subscribers', value: wholeNumber(operator.subscribers) },
    { label: 'ARPU', value: money(operator.arpu, operator.currency) },
    {
      label: 'Open findings',
      value: `${open.length} (${openBySeverity.join(', ')})`,
    },
    {
      label: 'Single points of failure',
      value: `${failure.singlePoints.length} (${failure.singlePoints.filter((s) => s.hidden).length} hidden)`,
    },
    {
      label: 'Service availability',
      value: `${availability(failure.serviceLoss.availability)} (whole service down ${timeAYear(failure.serviceLoss.downtimeMinutesPerYear / 60)})`,
    },
    {
      label: 'Subscribers without service',
      value: `${smallPercent(failure.subscriberLoss.expectedShare)} on average: ${timeAYear(failure.subscriberLoss.hoursPerSubscriberYear)} for each subscriber`,
    },
  ];
  if (largestExit !== undefined)
    items.push({
      label: 'Largest exit cost today',
      value: `${money(largestExit.today.cost, operator.currency)} (${largestExit.provider})`,
    });
  const stress = inputs.stress?.result;
  if (stress !== undefined)
    items.push({
      label: 'Margin in a 1-in-20 bad year',
      value: `${money(stress.margin.var95, operator.currency)} (no-shock margin ${money(stress.baselineMargin, operator.currency)})`,
    });

  const classificationTable: Figure = {
    kind: 'figure',
    id: 'classification',
    title: 'Who holds each element of the value chain',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'element', align: 'left' },
          { title: 'held by', align: 'left' },
          { title: 'operator side', align: 'right' },
          { title: 'evidence', align: 'left' },
        ],
        rows: classification.elements.map((e) => [
          e.element.replace(/_/g, ' '),
          HOLDER[e.holder] ?? e.holder,
          percent(e.operatorShare),
          e.evidence,
        ]),
      },
    },
    assumptions: [
      'The type follows the MVNO literature: which value-chain elements the operator (or a third party working for it) holds, rung by rung (docs/classification.md).',
      'An element is held by the operator side when its share of the element is at least half.',
    ],
  };

  return {
    id: 'summary',
    title: 'Summary and classification',
    blocks: [
      {
        kind: 'paragraph',
        text: `${operator.name} (${operator.country}, ${operator.segments.join(', ')}) is ${withArticle(classification.name)}${classification.hybrid ? ' running part of its own radio access (hybrid)' : ''}${hosts.length === 0 ? '' : `, carried by ${hosts.join(', ')}`}. The model describes it as of ${operator.as_of}.`,
      },
      { kind: 'figures', items },
      { kind: 'list', items: classification.reasons },
      ...(classification.nextRung === undefined
        ? []
        : [
            {
              kind: 'paragraph' as const,
              text: `The next rung (${classification.nextRung.type}) needs: ${classification.nextRung.missing.join('; ')}.`,
            },
          ]),
      classificationTable,
    ],
  };
}
