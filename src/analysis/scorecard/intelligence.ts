/**
 * Intelligence: where AI and the data it learns from live — a vendor platform, a hyperscaler,
 * or a layer the operator controls (DESIGN §2). Use cases weigh by criticality.
 */
import type { ModelPath } from '../../model/load/diagnostic.js';
import type { AiUseCase } from '../../model/schema/model.js';
import { suppliersOf } from '../../model/supply-index.js';
import { percent } from '../../text/percent.js';
import { CRITICALITY_WEIGHT, type ScoreContext } from './context.js';
import { type FactorInput, weightedShare } from './factor.js';

/** AI running on the operator's own tenant of a hyperscaler is placed by the operator. */
const OPERATOR_PLACED_KINDS: ReadonlySet<string> = new Set(['cloud', 'data_centre']);

/**
 * How much of a use case's learning is trapped with someone else: all of it when the model
 * cannot be exported and its training data cannot leave either (the history it learnt from
 * stays behind and grows: data gravity); half when the data can be taken out and only the
 * model has to be rebuilt; none when the operator controls or can export the model.
 */
function gravityOf(use: AiUseCase, own: (id: string) => boolean): number {
  if (use.trained_on_operator_data !== true || own(use.model_controlled_by)) return 0;
  if (use.model_export === true) return 0;
  return use.training_data_export === true ? 0.5 : 1;
}

export function intelligence(context: ScoreContext): {
  dependency: FactorInput[];
  control: FactorInput[];
} {
  const { model, roles } = context;
  const uses = model.intelligence ?? [];
  const paths = uses.map((_, i) => ['intelligence', i] as ModelPath);
  const weight = (u: AiUseCase) => CRITICALITY_WEIGHT[u.criticality];
  const own = (id: string) => roles.isOperatorSide(id);
  const placedByOperator = (u: AiUseCase) =>
    own(u.runs_on) || OPERATOR_PLACED_KINDS.has(roles.byId.get(u.runs_on)?.kind ?? '');
  const modelControl = weightedShare(uses, weight, (u) => own(u.model_controlled_by));
  const dataControl = weightedShare(uses, weight, (u) => own(u.training_data_controlled_by));
  const placement = weightedShare(uses, weight, placedByOperator);
  const vendorPlatform = weightedShare(uses, weight, (u) => !placedByOperator(u));
  const gravity = weightedShare(uses, weight, (u) => gravityOf(u, own));
  const spend = (u: AiUseCase) =>
    ((u.inferences_per_month ?? 0) / 1000) * (u.cost_per_1k_inferences ?? 0);
  const uncapped = weightedShare(
    uses.filter((u) => spend(u) > 0),
    spend,
    (u) => !placedByOperator(u) && u.monthly_cost_cap === undefined,
  );
  const crm = operatorShareOf(context, 'crm_care');
  const analytics = operatorShareOf(context, 'analytics_ai');

  return {
    dependency: [
      {
        id: 'vendor_platform_ai',
        title: 'AI running in platforms the operator does not control',
        weight: 0.35,
        value: vendorPlatform,
        explanation:
          vendorPlatform === null
            ? 'no AI use cases in the model'
            : `${percent(vendorPlatform)} of AI use cases (weighted by criticality) run outside the operator's control`,
        evidence: paths,
      },
      {
        id: 'data_gravity',
        title: "Models trained on the operator's data that cannot leave",
        weight: 0.35,
        value: gravity,
        explanation:
          gravity === null
            ? 'no AI use cases in the model'
            : `${percent(gravity)} learn from operator data inside a model someone else controls, with no export (half where the training data itself can be taken out)`,
        evidence: paths,
      },
      {
        id: 'uncapped_inference',
        title: 'Outside inference spend without a cap',
        weight: 0.1,
        value: uncapped,
        explanation:
          uncapped === null
            ? 'no inference volumes and prices in the model'
            : `${percent(uncapped)} of inference spend floats with no contractual cap`,
        evidence: paths,
      },
      {
        id: 'analytics_outsourced',
        title: 'Analytics and AI capability supplied from outside',
        weight: 0.2,
        value: analytics.share === null ? null : 1 - analytics.share,
        explanation:
          analytics.share === null
            ? 'no supplier of analytics_ai in the model'
            : `${percent(1 - analytics.share)} of analytics_ai is supplied by others`,
        evidence: analytics.paths,
      },
    ],
    control: [
      {
        id: 'model_control',
        title: 'AI models the operator controls',
        weight: 0.35,
        value: modelControl,
        explanation:
          modelControl === null
            ? 'no AI use cases in the model'
            : `the operator controls the model in ${percent(modelControl)} of AI use cases (weighted by criticality)`,
        evidence: paths,
      },
      {
        id: 'data_control',
        title: 'Training data the operator controls',
        weight: 0.3,
        value: dataControl,
        explanation:
          dataControl === null
            ? 'no AI use cases in the model'
            : `the operator controls the training data in ${percent(dataControl)}`,
        evidence: paths,
      },
      {
        id: 'inference_placement',
        title: 'Inference on infrastructure the operator chose',
        weight: 0.15,
        value: placement,
        explanation:
          placement === null
            ? 'no AI use cases in the model'
            : `${percent(placement)} run in-house or on the operator's own cloud tenancy`,
        evidence: paths,
      },
      {
        id: 'customer_knowledge',
        title: 'Customer knowledge (CRM and care) held by the operator',
        weight: 0.2,
        value: crm.share,
        explanation:
          crm.share === null
            ? 'no supplier of crm_care in the model'
            : `${percent(crm.share)} of CRM and care is the operator's own or its own tenancy`,
        evidence: crm.paths,
      },
    ],
  };
}

/** Share of a capability held on the operator side (its own, managed for it, or its tenancy). */
function operatorShareOf(
  context: ScoreContext,
  capability: string,
): { share: number | null; paths: ModelPath[] } {
  const { model, roles } = context;
  const supplies = suppliersOf(model, capability).filter((x) => !x.supply.standby);
  const total = supplies.reduce((sum, x) => sum + x.supply.share, 0);
  if (total === 0) return { share: null, paths: [] };
  const held = supplies.filter((x) => {
    const holder = roles.holderOfSupply(x.provider, x.supply.arrangement);
    return holder === 'operator' || holder === 'third_party';
  });
  return {
    share: held.reduce((sum, x) => sum + x.supply.share, 0) / total,
    paths: supplies.map((x) => x.path),
  };
}
