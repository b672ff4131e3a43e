/**
 * The brief's failure, lock-in and concentration sections (analysis-brief.ts): the figures a
 * terminal shows of each, long lists cut at `top` rows.
 */
import type { StructuralAnalysis } from '../../analysis/analyse.js';
import {
  availability,
  counted,
  money,
  percent,
  smallPercent,
  timeAYear,
  wholeNumber,
} from '../../text/index.js';
import type { Block, Section } from './document.js';
import type { ReportInputs } from './report-inputs.js';

interface Rows {
  readonly top: number;
}

const SUBSCRIBER_LOSS_METHOD: Record<
  StructuralAnalysis['failure']['subscriberLoss']['method'],
  string
> = {
  exact: 'exact; the largest share without any one critical capability',
  lower_bound: 'at least: too many combinations for the exact figure',
  approximate: 'approximate: a decision diagram exceeded its budget',
};

export function failureBrief(inputs: ReportInputs, { top }: Rows): Section {
  const { failure } = inputs.assessment.analysis;
  const loss = failure.serviceLoss;
  const method =
    loss.method === 'exact'
      ? `exact, decision diagram of ${loss.bddNodes} nodes`
      : 'cut-set upper bound (the exact diagram exceeded its budget)';
  const without = failure.subscriberLoss;
  const spofs = failure.singlePoints;
  const hidden = spofs.filter((s) => s.hidden).length;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Whole service down (a critical capability lost for every subscriber): ${timeAYear(loss.downtimeMinutesPerYear / 60)}, availability ${availability(loss.availability)} (${method})`,
    },
    {
      kind: 'paragraph',
      text: `Subscribers without service: ${smallPercent(without.expectedShare)} on average, ${timeAYear(without.hoursPerSubscriberYear)} each (${SUBSCRIBER_LOSS_METHOD[without.method]})`,
    },
    ...failure.cutSets
      .filter((s) => s.order === 0)
      .map(
        (certain): Block => ({
          kind: 'paragraph',
          text: `Lost with certainty: ${certain.capabilities.join(', ')} — no supplier carries it (see the warnings)`,
        }),
      ),
    {
      kind: 'paragraph',
      text: `Single points of failure: ${spofs.length}${hidden > 0 ? ` (${hidden} hidden: through shared hosting, an ownership group or SIMs that reach no alternative)` : ''}`,
      emphasis: 'heading',
    },
    {
      kind: 'table',
      table: {
        columns: [
          { title: '', align: 'left' },
          { title: '', align: 'left' },
          { title: '', align: 'left' },
          { title: '', align: 'left', runOn: true },
        ],
        rows: spofs
          .slice(0, top)
          .map((spof) => [
            spof.subject,
            { text: `(${spof.kind})`, tone: 'info' },
            { text: spof.hidden ? 'hidden' : '', tone: 'medium' },
            `loses ${spof.capabilities.map((x) => x.capability).join(', ')} — ${[...new Set(spof.capabilities.map((x) => x.path.replace('_', ' ')))].join(', ')}`,
          ]),
      },
    },
  ];
  if (spofs.length > top)
    blocks.push(moreNote(spofs.length - top, '--top to show more, --json for all'));
  const pairs = failure.cutSets.filter((s) => s.order > 1);
  if (pairs.length > 0)
    blocks.push(
      {
        kind: 'paragraph',
        text: `Smallest combined failures (cut sets of order 2–3): ${pairs.length}`,
        emphasis: 'heading',
      },
      {
        kind: 'list',
        items: pairs
          .slice(0, Math.min(5, top))
          .map(
            (set) => `${set.events.map(subjectOf).join(' + ')} → ${set.capabilities.join(', ')}`,
          ),
      },
    );
  blocks.push(
    { kind: 'paragraph', text: 'Largest blast radius', emphasis: 'heading' },
    blastRadius(inputs, top),
  );
  return { id: 'failure', title: 'Failure analysis', blocks };
}

function blastRadius(inputs: ReportInputs, top: number): Block {
  const { failure } = inputs.assessment.analysis;
  const currency = inputs.loaded.model.operator.currency;
  const radii = [
    ...failure.providerBlastRadius,
    ...failure.groupBlastRadius.filter((g) => g.providersDown.length > 1),
  ]
    .filter((r) => r.subscriberShare > 0 || r.capabilities.some((x) => x.lost))
    .sort(
      (a, b) =>
        b.subscriberShare - a.subscriberShare || b.capabilities.length - a.capabilities.length,
    )
    .slice(0, top);
  return {
    kind: 'table',
    table: {
      columns: [
        { title: '', align: 'left' },
        { title: 'subscribers', align: 'right' },
        { title: 'revenue/month', align: 'right' },
        { title: 'capabilities lost', align: 'right' },
        { title: 'data exposed', align: 'left' },
      ],
      rows: radii.map((r) => [
        `${r.subject} (${r.kind})`,
        percent(r.subscriberShare),
        money(r.revenueAffectedPerMonth, currency),
        String(r.capabilities.filter((x) => x.lost).length),
        r.dataClasses.join(', ') || '—',
      ]),
    },
  };
}

export function lockinBrief(inputs: ReportInputs, { top }: Rows): Section {
  const { lockin } = inputs.assessment;
  const currency = inputs.loaded.model.operator.currency;
  return {
    id: 'lockin',
    title: 'Lock-in (mvnoscope lockin for the curves)',
    blocks: [
      {
        kind: 'paragraph',
        text: `Reversibility capacity: ${money(lockin.capacity[0]?.capacity ?? 0, currency)} today — ${lockin.capacityExplanation}`,
      },
      {
        kind: 'table',
        table: {
          columns: [
            { title: 'dependency', align: 'left' },
            { title: 'exit today', align: 'right' },
            { title: 'months', align: 'right' },
            { title: 'point of no return', align: 'left' },
            { title: 'option to switch', align: 'right' },
            { title: 'leverage a year', align: 'right' },
          ],
          rows: lockin.dependencies
            .slice(0, Math.min(5, top))
            .map((d) => [
              d.provider,
              money(d.today.cost, currency),
              d.today.months.toFixed(1),
              d.pointOfNoReturn === null
                ? 'not within the horizon'
                : `${d.pointOfNoReturn.month === 0 ? 'already passed' : d.pointOfNoReturn.date} (${d.pointOfNoReturn.reason})`,
              d.option === null ? '—' : money(d.option.value, currency),
              d.leverage === null ? '—' : money(d.leverage.valuePerYear, currency),
            ]),
        },
      },
      {
        kind: 'paragraph',
        text: `Decisions: ${lockin.designed.score ?? 'n/a'} of 100 designed (${lockin.designed.verdict.replace(/_/g, ' ')})`,
      },
    ],
  };
}

export function concentrationBrief(inputs: ReportInputs, { top }: Rows): Section {
  const { concentration } = inputs.assessment.analysis;
  const critical = concentration.capabilities.filter((x) => x.critical);
  const high = critical.filter((x) => x.level === 'highly_concentrated');
  return {
    id: 'concentration',
    title: 'Concentration (HHI, 2023 US merger guidelines: above 1,800 is highly concentrated)',
    blocks: [
      {
        kind: 'paragraph',
        text: `Service-critical capabilities highly concentrated by supplier group: ${high.length} of ${critical.length}`,
      },
      {
        kind: 'paragraph',
        text: `Spend by supplier group: HHI ${wholeNumber(concentration.spend.groupHhi)} (${concentration.spend.level.replace('_', ' ')}); largest: ${concentration.spend.groups
          .slice(0, 3)
          .map((g) => `${g.group} ${percent(g.share)}`)
          .join(', ')}`,
      },
      {
        kind: 'paragraph',
        text: 'Groups controlling capabilities (at least half of each):',
        emphasis: 'heading',
      },
      {
        kind: 'list',
        items: concentration.groups
          .slice(0, top)
          .map(
            (g) =>
              `${g.group}: ${counted(g.capabilities.length, 'capability', 'capabilities')} in ${counted(g.layers.length, 'layer')} — ${g.capabilities.join(', ')}`,
          ),
      },
    ],
  };
}

function moreNote(more: number, hint: string): Block {
  return { kind: 'paragraph', text: `… and ${more} more (${hint})`, emphasis: 'note' };
}

function subjectOf(eventId: string): string {
  return eventId.slice(eventId.indexOf(':') + 1);
}
