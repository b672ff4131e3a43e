/**
 * A report chart as the document carries it: which chart template to draw (chart-templates.ts)
 * and what this model fills it with — its named datasets, its text slots (axis titles that
 * name the currency, the calendar's first and last days) and, for a chart whose height follows
 * its rows, its height. The templates are compiled from Vega-Lite to Vega when the project is
 * built (scripts/compile-chart-templates.ts); drawing a chart only fills the compiled template.
 */
import type { ChartTemplate } from './chart-templates.js';

/** A datum of a chart's dataset: what Vega-Lite's inline `values` carry. */
export type ChartDatum = Readonly<Record<string, string | number | null>>;

export interface ReportChart {
  readonly template: ChartTemplate;
  readonly datasets: Readonly<Record<string, readonly ChartDatum[]>>;
  readonly slots: Readonly<Record<string, string>>;
  /** The chart's height in pixels, for a template that leaves it to the chart. */
  readonly height?: number;
}

const OPEN = '\u27e6';
const CLOSE = '\u27e7';

/** The marker a template holds where a text slot's value goes, e.g. in an axis title. */
export function slot(name: string): string {
  return `${OPEN}${name}${CLOSE}`;
}

const SLOT = new RegExp(`${OPEN}([a-zA-Z]+)${CLOSE}`, 'g');

/**
 * A template (Vega-Lite or the Vega compiled from it) with every slot marker in its strings
 * replaced by the slot's value; a marker whose slot is not given is an error, not a blank.
 */
export function fillSlots<T>(template: T, slots: Readonly<Record<string, string>>): T {
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string')
      return value.replace(SLOT, (_, name: string) => {
        const text = slots[name];
        if (text === undefined) throw new Error(`the chart's slot ${name} has no value`);
        return text;
      });
    if (Array.isArray(value)) return value.map(fill);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, fill(v)]));
    return value;
  };
  return fill(template) as T;
}

/**
 * A name's place in an order, which a template sorts by (as Vega-Lite sorts by an array of
 * names): a name the order leaves out goes after every other, a repeated name takes its first.
 */
export function ranking(order: readonly string[]): (name: string) => number {
  const ranks = new Map<string, number>();
  order.forEach((name, i) => {
    if (!ranks.has(name)) ranks.set(name, i);
  });
  return (name) => ranks.get(name) ?? order.length;
}
