/**
 * Flip points: the value of a parameter at which something a board reads changes — a layer's
 * position (independent node / contested / dependent participant), or a point of no return
 * moving by a year or more — found by bisection between the model's value and the end of the
 * range where the change is seen.
 */

/**
 * A point of no return not reached within the horizon counts as the month after it: the
 * earliest it could be. A move from "not reached" is then measured to that month, which never
 * overstates it.
 */
export function monthOrBeyond(month: number | null, horizonMonths: number): number {
  return month ?? horizonMonths + 1;
}

/** A point of no return has moved when it is 12 months or more from where it was. */
export const PNR_MOVE_MONTHS = 12;

export function pointOfNoReturnMoved(
  base: number | null,
  pinned: number | null,
  horizonMonths: number,
): boolean {
  return (
    Math.abs(monthOrBeyond(pinned, horizonMonths) - monthOrBeyond(base, horizonMonths)) >=
    PNR_MOVE_MONTHS
  );
}

/** Bisection stops when the bracket is this share of the range's width (or one whole unit). */
export const FLIP_TOLERANCE = 0.01;

/**
 * Bisection for the first value, going from `from` (where nothing has changed) towards `to`
 * (where it has), at which `changed` holds: the bracket [unchanged, changed] halves until it is
 * no wider than `tolerance`, and both its ends are returned. For a whole-numbered parameter the
 * bracket closes on neighbouring whole numbers. Where the change comes and goes more than once
 * between the two, bisection finds one of the places it happens, not necessarily the nearest.
 */
export function bisect(
  from: number,
  to: number,
  changed: (value: number) => boolean,
  tolerance: number,
  whole: boolean,
): { readonly unchanged: number; readonly changed: number } {
  let unchanged = from;
  let flipped = to;
  const step = whole ? 1 : tolerance;
  while (Math.abs(flipped - unchanged) > step) {
    const middle = whole
      ? Math.round((unchanged + flipped) / 2)
      : unchanged + (flipped - unchanged) / 2;
    if (middle === unchanged || middle === flipped) break;
    if (changed(middle)) flipped = middle;
    else unchanged = middle;
  }
  return { unchanged, changed: flipped };
}
