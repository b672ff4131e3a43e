/** Amounts of money as reports print them: whole units, thousands separated, currency last. */
export function money(value: number, currency: string): string {
  return `${Math.round(value).toLocaleString('en')} ${currency}`;
}
