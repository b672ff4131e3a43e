/**
 * Dates in the order time runs: a decision is reviewed after it is taken, and nothing is
 * reviewed or assessed after the date the model describes (`operator.as_of`).
 */
import type { ModelPath } from '../diagnostic.js';
import { field } from '../value-view.js';
import { type CheckContext, type ModelCheck, select } from './check-context.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateAt(value: unknown): string | undefined {
  return typeof value === 'string' && ISO_DATE.test(value) ? value : undefined;
}

export const checkDateOrder: ModelCheck = (context: CheckContext) => {
  const asOf = dateAt(field(field(context.root, 'operator'), 'as_of'));

  for (const [path, decision] of select(context.root, ['decisions', '*'])) {
    const taken = dateAt(field(decision, 'date'));
    const reviewed = dateAt(field(decision, 'last_review'));
    if (taken !== undefined && reviewed !== undefined && reviewed < taken) {
      context.error([...path, 'last_review'], {
        code: 'dates-out-of-order',
        message: `the last review (${reviewed}) is before the decision was taken (${taken})`,
        expected: `a date on or after ${taken}`,
        found: reviewed,
        suggestion: 'swap the two dates, or correct the year',
      });
    }
    if (asOf !== undefined && taken !== undefined && taken > asOf) {
      context.warn([...path, 'date'], {
        code: 'date-after-as-of',
        message: `the decision is dated ${taken}, after the model's as_of date ${asOf}`,
        suggestion: 'a planned decision belongs in design_space; otherwise correct the date',
      });
    }
  }

  const pastOnly: readonly (readonly [readonly string[], string])[] = [
    [['decisions', '*', 'last_review'], 'a review'],
    [['providers', '*', 'last_assessed'], 'a supplier assessment'],
    [['capital', 'funding', '*', 'date'], 'a funding event'],
  ];
  if (asOf === undefined) return;
  for (const [pattern, what] of pastOnly) {
    for (const [path, value] of select(context.root, pattern)) {
      const date = dateAt(value);
      if (date !== undefined && date > asOf) reportFuture(context, path, what, date, asOf);
    }
  }
};

function reportFuture(
  context: CheckContext,
  path: ModelPath,
  what: string,
  date: string,
  asOf: string,
): void {
  context.error(path, {
    code: 'dates-out-of-order',
    message: `${what} cannot be dated ${date}, after the model's as_of date ${asOf}`,
    expected: `a date on or before ${asOf}`,
    found: date,
    suggestion: 'correct the date, or move operator.as_of forward',
  });
}
