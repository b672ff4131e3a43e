/**
 * Calendar maths on ISO dates (YYYY-MM-DD), in whole months: the one home for it. Contracts,
 * reviews, points of no return and the register all count months the same way.
 */

/** Whole months from `from` to `to`, a partial month counting as none (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fy = 0, fm = 1, fd = 1] = from.split('-').map(Number);
  const [ty = 0, tm = 1, td = 1] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** The whole months from `from` to `to` when `to` is exactly that many months later; else undefined. */
export function exactMonthsBetween(from: string, to: string): number | undefined {
  const months = monthsBetween(from, to);
  return months >= 0 && addMonths(from, months) === to ? months : undefined;
}

/**
 * The date `months` calendar months after `date` (before, when negative), the day clamped to
 * the target month: the 31st of January plus one month is the 28th or 29th of February.
 */
export function addMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}
