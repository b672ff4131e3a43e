/**
 * The built-in rules. Each is one module with its metadata, its check and its own tests
 * (test/rules/<id>.test.ts); add a rule by adding its module and listing it here.
 */
import type { Rule } from '../rule.js';
import { aiCriticalVendorModelNoExport } from './ai-critical-vendor-model-no-export.js';
import { aiPlatformContractWithoutExport } from './ai-platform-contract-without-export.js';
import { aiUncappedInference } from './ai-uncapped-inference.js';
import { capGroupControlsThreeLayers } from './cap-group-controls-three-layers.js';
import { capRenewalsBunched } from './cap-renewals-bunched.js';
import { capRunwayBelowExitCost } from './cap-runway-below-exit-cost.js';
import { capSpendConcentratedInGroup } from './cap-spend-concentrated-in-group.js';
import { capSupplierOwnsOperator } from './cap-supplier-owns-operator.js';
import { conAutoRenewalLongNotice } from './con-auto-renewal-long-notice.js';
import { conCriticalSupplierWithoutContract } from './con-critical-supplier-without-contract.js';
import { conExclusiveEnabler } from './con-exclusive-enabler.js';
import { conFixedUnitPrices } from './con-fixed-unit-prices.js';
import { conNoDataReturn } from './con-no-data-return.js';
import { conNoExitTerms } from './con-no-exit-terms.js';
import { costCommitmentAboveUse } from './cost-commitment-above-use.js';
import { costFloatingAboveMargin } from './cost-floating-above-margin.js';
import { costFxExposure } from './cost-fx-exposure.js';
import { costNegativeMargin } from './cost-negative-margin.js';
import { decInteractionsNotAssessed } from './dec-interactions-not-assessed.js';
import { decNoAlternatives } from './dec-no-alternatives.js';
import { decNoExitPlan } from './dec-no-exit-plan.js';
import { decStaleReview } from './dec-stale-review.js';
import { edgeExternalKeyCustody } from './edge-external-key-custody.js';
import { edgeNoOtaPath } from './edge-no-ota-path.js';
import { edgeSgp02IncumbentSmSr } from './edge-sgp02-incumbent-sm-sr.js';
import { edgeSimVendorKeepsKeys } from './edge-sim-vendor-keeps-keys.js';
import { edgeSubAllocatedNumbers } from './edge-sub-allocated-numbers.js';
import { netHostHoldsImsiAndNumbers } from './net-host-holds-imsi-and-numbers.js';
import { netMinimumTrafficShare } from './net-minimum-traffic-share.js';
import { netNoAlternativeWithinNotice } from './net-no-alternative-within-notice.js';
import { netSingleHostExclusive } from './net-single-host-exclusive.js';
import { netSingleRoamingRoute } from './net-single-roaming-route.js';
import { regHighRiskSupplierInCore } from './reg-high-risk-supplier-in-core.js';
import { regIncidentNotice48h } from './reg-incident-notice-48h.js';
import { regIncidentReporting24h } from './reg-incident-reporting-24h.js';
import { regLeasedGlobalTitles } from './reg-leased-global-titles.js';
import { regSecurityRequirementsInContract } from './reg-security-requirements-in-contract.js';
import { regSharedResponsibility } from './reg-shared-responsibility.js';
import { regSingleSupplierCritical } from './reg-single-supplier-critical.js';
import { regSupplierAssessmentCurrent } from './reg-supplier-assessment-current.js';
import { regSupplierRegisterComplete } from './reg-supplier-register-complete.js';
import { secBreachExposesSubscribers } from './sec-breach-exposes-subscribers.js';
import { secDataOutsideRequiredJurisdiction } from './sec-data-outside-required-jurisdiction.js';
import { secInternetWithoutMutualAuth } from './sec-internet-without-mutual-auth.js';
import { secManagementAccessUnassessed } from './sec-management-access-unassessed.js';
import { secProviderReachesKeys } from './sec-provider-reaches-keys.js';
import { secUnencryptedSensitiveLink } from './sec-unencrypted-sensitive-link.js';
import { secWeakAuthOnIdentityLink } from './sec-weak-auth-on-identity-link.js';

export const BUILTIN_RULES: readonly Rule[] = [
  aiCriticalVendorModelNoExport,
  aiPlatformContractWithoutExport,
  aiUncappedInference,
  capGroupControlsThreeLayers,
  capRenewalsBunched,
  capRunwayBelowExitCost,
  capSpendConcentratedInGroup,
  capSupplierOwnsOperator,
  conAutoRenewalLongNotice,
  conCriticalSupplierWithoutContract,
  conExclusiveEnabler,
  conFixedUnitPrices,
  conNoDataReturn,
  conNoExitTerms,
  costCommitmentAboveUse,
  costFloatingAboveMargin,
  costFxExposure,
  costNegativeMargin,
  decInteractionsNotAssessed,
  decNoAlternatives,
  decNoExitPlan,
  decStaleReview,
  edgeExternalKeyCustody,
  edgeNoOtaPath,
  edgeSgp02IncumbentSmSr,
  edgeSimVendorKeepsKeys,
  edgeSubAllocatedNumbers,
  netHostHoldsImsiAndNumbers,
  netMinimumTrafficShare,
  netNoAlternativeWithinNotice,
  netSingleHostExclusive,
  netSingleRoamingRoute,
  regHighRiskSupplierInCore,
  regIncidentNotice48h,
  regIncidentReporting24h,
  regLeasedGlobalTitles,
  regSecurityRequirementsInContract,
  regSharedResponsibility,
  regSingleSupplierCritical,
  regSupplierAssessmentCurrent,
  regSupplierRegisterComplete,
  secBreachExposesSubscribers,
  secDataOutsideRequiredJurisdiction,
  secInternetWithoutMutualAuth,
  secManagementAccessUnassessed,
  secProviderReachesKeys,
  secUnencryptedSensitiveLink,
  secWeakAuthOnIdentityLink,
];
