/**
 * The dependency structure and how it fails: the diagram with its single points of failure
 * and blast radius marked, the probability of losing service, and what each provider or group
 * takes down with it.
 */
import { MAX_CUT_SET_ORDER } from '../../analysis/failure/failure-analysis.js';
import {
  availability,
  money,
  percent,
  smallPercent,
  timeAYear,
  wholeNumber,
} from '../../text/index.js';
import { dependencyDiagram } from '../diagram/dependency-diagram.js';
import type { Figure, Section } from './document.js';
import type { ReportInputs } from './report-inputs.js';
import { modelDefaults } from './stated-assumptions.js';

const PATH_WORDS: Record<string, string> = {
  sole_supplier: 'sole supplier',
  shared_hosting: 'shared hosting',
  ownership_group: 'ownership group',
  sim_attachment: 'the only supplier the SIMs reach',
};

const SUBSCRIBER_LOSS_METHOD: Record<string, string> = {
  exact: 'exact, from a binary decision diagram',
  lower_bound: 'a lower bound: too many combinations for the exact figure',
  approximate: 'approximate: a decision diagram exceeded its budget',
};

/** Rows of the blast-radius table: the providers and groups that reach most subscribers. */
const BLAST_ROWS = 12;

export function dependencySection(inputs: ReportInputs): Section {
  const { model, assumptions } = inputs.loaded;
  const { failure } = inputs.assessment.analysis;
  const loss = failure.serviceLoss;
  const availabilityDefaults = modelDefaults(
    assumptions,
    (path) => path.includes('availability') || path.includes('share'),
    model.operator.currency,
  );
  const failureAssumptions = [
    'Each provider fails independently with probability 1 − its availability; a group of two or more fails as a whole with probability 1 − the group availability; a provider is down when anything it is hosted on is down (fault-tree semantics, docs/failure-analysis.md).',
    'The whole service is lost when some service-critical capability is lost for every subscriber. Radio access (and what only the host networks supply) is read by SIM attachment: a SIM group is without it when every host its SIMs can attach to is down; other capabilities by supply shares, a standby supplier taking over.',
    'Subscribers without service: the expected largest share of subscribers without any one service-critical capability, each share being Σ share × unavailability for suppliers serving their share alone.',
    `Single points of failure are the cut sets of order 1 among minimal cut sets up to order ${MAX_CUT_SET_ORDER}; hidden ones lose a capability whose sole supplier is neither the provider nor a member of the group (they act through shared hosting, an ownership group, or an alternative no SIM can reach).`,
    ...availabilityDefaults,
  ] as const;

  const diagram: Figure = {
    kind: 'figure',
    id: 'dependency-diagram',
    title: 'Dependency diagram: capabilities, their suppliers, groups and hosting',
    body: {
      kind: 'diagram',
      diagram: dependencyDiagram(model, inputs.assessment.analysis),
      table: {
        columns: [
          { title: 'single point of failure', align: 'left' },
          { title: 'kind', align: 'left' },
          { title: 'loses', align: 'left' },
          { title: 'how', align: 'left' },
        ],
        rows: failure.singlePoints.map((s) => [
          s.subject,
          s.kind,
          s.capabilities.map((c) => c.capability).join(', '),
          `${[...new Set(s.capabilities.map((c) => PATH_WORDS[c.path] ?? c.path))].join(', ')}${s.hidden ? ' (hidden)' : ''}`,
        ]),
      },
    },
    assumptions: [
      'Red outline: a single point of failure (a provider whose failure alone loses a service-critical capability; a red group frame: the group’s common-cause failure does). Fill: the share of subscribers a provider’s failure affects, darker for more. Dashed arrows: standby supply, hosting and subcontracting.',
      ...failureAssumptions,
    ],
  };

  const radii = [...failure.providerBlastRadius, ...failure.groupBlastRadius]
    .filter((b) => b.subscriberShare > 0 || b.capabilities.some((c) => c.lost))
    .sort(
      (a, b) =>
        b.subscriberShare - a.subscriberShare || b.capabilities.length - a.capabilities.length,
    )
    .slice(0, BLAST_ROWS);
  const blast: Figure = {
    kind: 'figure',
    id: 'blast-radius',
    title: 'Blast radius: what fails with each provider or group',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'provider or group', align: 'left' },
          { title: 'subscribers affected', align: 'right' },
          { title: 'revenue a month', align: 'right' },
          { title: 'capabilities lost', align: 'right' },
          { title: 'data exposed', align: 'left' },
        ],
        rows: radii.map((b) => [
          `${b.subject} (${b.kind})`,
          `${percent(b.subscriberShare)} (${wholeNumber(b.subscribersAffected)})`,
          money(b.revenueAffectedPerMonth, model.operator.currency),
          String(b.capabilities.filter((c) => c.lost).length),
          b.dataClasses.length === 0 ? '—' : b.dataClasses.join(', '),
        ]),
      },
    },
    assumptions: [
      'Subscribers affected: the largest share lost in any service-critical capability (shares of different capabilities overlap in ways the model does not say).',
      'Revenue affected: the subscribers affected × ARPU, a month.',
      `The ${BLAST_ROWS} providers and groups reaching most subscribers are shown.`,
    ],
  };

  return {
    id: 'dependencies',
    title: 'Dependencies and failure',
    blocks: [
      {
        kind: 'paragraph',
        text: `The whole service is down ${timeAYear(loss.downtimeMinutesPerYear / 60)}: availability ${availability(loss.availability)} (${loss.method === 'exact' ? 'exact, from a binary decision diagram' : 'the cut-set upper bound: the model is too large for the exact diagram'}). Subscribers are without service ${smallPercent(failure.subscriberLoss.expectedShare)} of the time on average, ${timeAYear(failure.subscriberLoss.hoursPerSubscriberYear)} for each subscriber (${SUBSCRIBER_LOSS_METHOD[failure.subscriberLoss.method] ?? failure.subscriberLoss.method}). ${failure.singlePoints.length} single points of failure, ${failure.singlePoints.filter((s) => s.hidden).length} of them hidden.${certainLosses(failure.cutSets)}`,
      },
      diagram,
      blast,
    ],
  };
}

/** The capabilities lost with certainty (order-0 cut sets), as a closing sentence. */
function certainLosses(
  cutSets: readonly { order: number; capabilities: readonly string[] }[],
): string {
  const lost = cutSets.filter((set) => set.order === 0).flatMap((set) => set.capabilities);
  return lost.length === 0
    ? ''
    : ` Lost with certainty: ${lost.join(', ')} — no supplier carries it, so the service is never up (see the warnings).`;
}
