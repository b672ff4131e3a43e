/**
 * The semantic checks, run in this order after the schema. Each is one rule in its own
 * module; a new rule is added here.
 */
import { checkCertainLosses } from './certain-losses.js';
import type { ModelCheck } from './check-context.js';
import { checkControlCharacters } from './control-characters.js';
import { checkCustomCapabilities } from './custom-capabilities.js';
import { checkDateOrder } from './date-order.js';
import { checkDesignSpace } from './design-space.js';
import { checkDuplicateIds } from './duplicate-ids.js';
import { checkExchangeRates } from './exchange-rates.js';
import { checkImportTodos } from './import-todos.js';
import { checkProviderChains } from './provider-chains.js';
import { checkReferences } from './references.js';
import { checkReservedNames } from './reserved-names.js';
import { checkSimProfiles } from './sim-profiles.js';
import { checkStakes } from './stakes.js';
import { checkSupplyShares } from './supply-shares.js';

export const MODEL_CHECKS: readonly ModelCheck[] = [
  checkControlCharacters,
  checkReservedNames,
  checkDuplicateIds,
  checkReferences,
  checkCustomCapabilities,
  checkProviderChains,
  checkSupplyShares,
  checkCertainLosses,
  checkStakes,
  checkDateOrder,
  checkSimProfiles,
  checkExchangeRates,
  checkDesignSpace,
  checkImportTodos,
];
