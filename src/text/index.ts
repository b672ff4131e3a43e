/**
 * The product's number style, one module per kind of figure: every text a person reads —
 * terminal, report, rule messages, web app — formats its numbers here (docs/number-style.md).
 * Pure and free of I/O, so it runs in the browser as it does in Node. JSON keeps raw numbers.
 */
export { decimal } from './decimal.js';
export { oneInYears, timeAYear } from './likelihood.js';
export { money } from './money.js';
export { availability, percent, percentagePoints, smallPercent } from './percent.js';
export { score } from './score.js';
export { counted, wholeNumber } from './whole-number.js';
