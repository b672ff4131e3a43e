/**
 * Shares as percentages: at most one decimal, trailing zeros dropped ("40%", "13.1%"), never
 * "-0%" and never scientific notation. Tiny shares that must not read as zero, availabilities
 * that must not read as 100%, and changes in percentage points have forms of their own.
 */
import { decimal } from './decimal.js';

/** A share 0–1 as a percentage: 0.131 → "13.1%"; 0.4 → "40%"; −0.0004 → "0%"; null → "n/a". */
export function percent(share: number | null): string {
  if (share === null || Number.isNaN(share)) return 'n/a';
  return `${decimal(share * 100, 1, { trimZeros: true })}%`;
}

/** A share that may be tiny and must not read as zero: "0.15%", "under 0.01%", "0%" only for none. */
export function smallPercent(share: number): string {
  if (Number.isNaN(share)) return 'n/a';
  const value = share * 100;
  if (value <= 0) return '0%';
  if (value < 0.01) return 'under 0.01%';
  return `${decimal(value, 2)}%`;
}

/**
 * An availability, with decimals enough to show two significant figures of the time lost and
 * rounded down, so that it reads "100%" only when nothing is ever lost: 0.998301 → "99.83%",
 * 0.9999987 → "99.99987%", 0.5 → "50%".
 */
export function availability(share: number): string {
  if (Number.isNaN(share)) return 'n/a';
  if (share >= 1) return '100%';
  if (share <= 0) return '0%';
  const lostPercent = (1 - share) * 100;
  const digits = Math.min(8, Math.max(0, 1 - Math.floor(Math.log10(lostPercent))));
  const scale = 10 ** digits;
  return `${decimal(Math.floor(share * 100 * scale) / scale, digits, { trimZeros: true })}%`;
}

/**
 * The change of a share in percentage points, signed: +0.131 → "+13.1 pts", −0.0012 →
 * "-0.12 pts", a change under a hundredth of a point → "under +0.01 pts", none → "0 pts".
 */
export function percentagePoints(change: number): string {
  if (Number.isNaN(change)) return 'n/a';
  const points = Math.abs(change) * 100;
  if (points === 0) return '0 pts';
  const sign = change > 0 ? '+' : '-';
  if (points < 0.01) return `under ${sign}0.01 pts`;
  return `${sign}${decimal(points, points < 1 ? 2 : 1)} pts`;
}
