/** How figures read on screen: money in the model's currency, shares, scores, months. */

export function money(value: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency,
    notation: Math.abs(value) >= 100_000 ? 'compact' : 'standard',
    maximumFractionDigits: Math.abs(value) >= 100_000 ? 2 : 0,
  }).format(value);
}

export function share(value: number): string {
  return `${(value * 100).toFixed(value < 0.1 && value > 0 ? 1 : 0)}%`;
}

export function score(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(0);
}

export function count(value: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value);
}

export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** An objective's or a compared figure's value in its unit. */
export function inUnit(value: number, unit: string, currency: string): string {
  switch (unit) {
    case 'money':
    case 'cost':
    case 'lockin':
      return money(value, currency);
    case 'share':
    case 'probability':
      return share(value);
    default:
      return count(value);
  }
}
