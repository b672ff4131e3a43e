/**
 * A number to a fixed count of decimals, grouped by thousands: (5123.45, 1) → "5,123.5". The
 * rounding is toFixed's, on the double's exact value, so figures round as they always have
 * (Intl alone rounds the shortest decimal, and 72.04999… would read 72.1); the grouping is
 * Intl's, so large values never turn to "1e+21". Never "-0.0".
 */
const FORMATS = new Map<number, Intl.NumberFormat>();

export function decimal(value: number, digits: number, { trimZeros = false } = {}): string {
  if (Number.isNaN(value)) return 'n/a';
  if (!Number.isFinite(value)) return value > 0 ? 'unbounded' : '-unbounded';
  const rounded = Number(value.toFixed(digits));
  return formatOf(trimZeros ? -digits - 1 : digits).format(rounded === 0 ? 0 : rounded);
}

/** One formatter per precision; a negative key asks for trailing zeros dropped. */
function formatOf(key: number): Intl.NumberFormat {
  let format = FORMATS.get(key);
  if (format === undefined) {
    const digits = key < 0 ? -key - 1 : key;
    format = new Intl.NumberFormat('en', {
      minimumFractionDigits: key < 0 ? 0 : digits,
      maximumFractionDigits: digits,
    });
    FORMATS.set(key, format);
  }
  return format;
}
