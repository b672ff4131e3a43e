/**
 * Concentration: how much of the spend and of each service-critical capability sits with one
 * supplier group (Herfindahl–Hirschman index), and which groups control capabilities across
 * several layers.
 */
import { CONTROL_SHARE } from '../../analysis/concentration/concentration.js';
import { HHI_THRESHOLDS_2023 } from '../../analysis/concentration/hhi.js';
import { counted, money, percent, wholeNumber } from '../../text/index.js';
import { spendChart } from '../charts/spend-chart.js';
import type { Figure, Section, Tone } from './document.js';
import { modelNames } from './model-names.js';
import type { ReportInputs } from './report-inputs.js';

/** Bars in the spend chart: the largest groups; the rest are summed in the table's last row. */
const SPEND_BARS = 12;

const LEVEL: Record<string, { text: string; tone: Tone }> = {
  highly_concentrated: { text: 'highly concentrated', tone: 'high' },
  moderately_concentrated: { text: 'moderately concentrated', tone: 'medium' },
  unconcentrated: { text: 'unconcentrated', tone: 'low' },
};

const HHI_ASSUMPTION = `HHI = Σ share² with shares in percent (0–10,000); above ${wholeNumber(HHI_THRESHOLDS_2023.high)} is highly concentrated and ${wholeNumber(HHI_THRESHOLDS_2023.moderate)}–${wholeNumber(HHI_THRESHOLDS_2023.high)} moderately (US merger guidelines 2023).`;

export function concentrationSection(inputs: ReportInputs): Section {
  const { model } = inputs.loaded;
  const { concentration } = inputs.assessment.analysis;
  const { spend } = concentration;
  const nameOf = modelNames(model);
  const shown = spend.groups.slice(0, SPEND_BARS).map((g) => ({ ...g, group: nameOf(g.group) }));
  const rest = spend.groups.slice(SPEND_BARS).reduce((sum, g) => sum + g.share, 0);
  const spendFigure: Figure = {
    kind: 'figure',
    id: 'spend-concentration',
    title: `Spend by supplier group: HHI ${wholeNumber(spend.groupHhi)} (${LEVEL[spend.level]?.text ?? spend.level})`,
    body: {
      kind: 'chart',
      spec: spendChart(shown),
      table: {
        columns: [
          { title: 'supplier group', align: 'left' },
          { title: 'share of spend', align: 'right' },
        ],
        rows: [
          ...shown.map((g) => [g.group, percent(g.share)]),
          ...(rest > 0
            ? [[`${spend.groups.length - SPEND_BARS} other groups`, percent(rest)]]
            : []),
        ],
      },
    },
    assumptions: [
      `Monthly cost lines of the model, ${money(spend.attributedMonthly, model.operator.currency)} a month attributed to providers out of ${money(spend.totalMonthly, model.operator.currency)}; spend tied to no provider (own staff, taxes) is left out of the shares.`,
      'Two brands of one ownership group count as one supplier.',
      HHI_ASSUMPTION,
    ],
  };
  const critical = concentration.capabilities.filter((c) => c.critical);
  const capabilityFigure: Figure = {
    kind: 'figure',
    id: 'capability-concentration',
    title: 'Service-critical capabilities: how concentrated their supply is',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'capability', align: 'left' },
          { title: 'suppliers', align: 'right' },
          { title: 'HHI by group', align: 'right' },
          { title: 'level', align: 'left' },
          { title: 'largest group', align: 'left' },
        ],
        rows: critical.map((c) => [
          c.capability,
          String(c.suppliers),
          wholeNumber(c.groupHhi),
          LEVEL[c.level] ?? c.level,
          `${c.leadingGroup} (${percent(c.leadingShare)})`,
        ]),
      },
    },
    assumptions: [
      'Shares of each capability as the model gives them (missing shares split equally among the suppliers that have none, as listed under Assumptions).',
      HHI_ASSUMPTION,
    ],
  };
  return {
    id: 'concentration',
    title: 'Concentration',
    blocks: [
      spendFigure,
      capabilityFigure,
      {
        kind: 'paragraph',
        text: `Groups that control capabilities (carry at least ${percent(CONTROL_SHARE)} of each):`,
      },
      {
        kind: 'list',
        items: concentration.groups.map(
          (g) =>
            `${nameOf(g.group)}: ${counted(g.capabilities.length, 'capability', 'capabilities')} in ${counted(g.layers.length, 'layer')}, ${percent(g.spendShare)} of spend — ${g.capabilities.join(', ')}`,
        ),
      },
    ],
  };
}
