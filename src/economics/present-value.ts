/** Present value of 1 a month for n months at an annual rate, compounded monthly. */
export function annuity(months: number, annualRate: number): number {
  const r = (1 + annualRate) ** (1 / 12) - 1;
  return r === 0 ? months : (1 - (1 + r) ** -months) / r;
}
