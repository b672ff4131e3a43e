/**
 * The two forces that cut across all five layers (DESIGN §2): AI amplifies structure, and
 * security is the boundary of control. Each is an index with its factors, shown beside the
 * layers rather than folded into them.
 */
import type { ModelPath } from '../../model/load/diagnostic.js';
import { SENSITIVITIES } from '../../model/schema/data-classes.js';
import type { AiUseCase, Integration } from '../../model/schema/model.js';
import { percent } from '../../text/percent.js';
import { CRITICALITY_WEIGHT, type ScoreContext } from './context.js';
import { type FactorInput, type IndexScore, indexOf, weightedShare } from './factor.js';

export interface AiAmplification {
  /** 0–100: AI that compounds dependency (outside, learning from operator data, no export). */
  readonly dependency: number | null;
  /** 0–100: AI that compounds leverage (model and training data under the operator's control). */
  readonly leverage: number | null;
  readonly explanation: string;
  readonly evidence: readonly ModelPath[];
}

export function aiAmplification(context: ScoreContext): AiAmplification {
  const { model, roles } = context;
  const uses = model.intelligence ?? [];
  const weight = (u: AiUseCase) => CRITICALITY_WEIGHT[u.criticality];
  const own = (id: string) => roles.isOperatorSide(id);
  const compoundsDependency = weightedShare(
    uses,
    weight,
    (u) =>
      !own(u.model_controlled_by) && u.trained_on_operator_data === true && u.model_export !== true,
  );
  const compoundsLeverage = weightedShare(
    uses,
    weight,
    (u) => own(u.model_controlled_by) && own(u.training_data_controlled_by),
  );
  const toScore = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  return {
    dependency: toScore(compoundsDependency),
    leverage: toScore(compoundsLeverage),
    explanation:
      uses.length === 0
        ? 'no AI use cases in the model'
        : `${percent(compoundsDependency)} of AI (by criticality) learns from the operator's data inside models others control and cannot export — dependency that grows with time; ${percent(compoundsLeverage)} keeps model and data with the operator — leverage that grows with time`,
    evidence: uses.map((_, i) => ['intelligence', i]),
  };
}

const STRONG_AUTHENTICATION: ReadonlySet<string> = new Set(['mtls', 'oauth2']);

/** 0–100: how exposed the boundary of control is, with its factors. */
export function securityExposure(context: ScoreContext): IndexScore {
  const { model, roles } = context;
  const integrations = model.integrations ?? [];
  const data = model.data ?? [];
  const sensitivityOf = new Map(data.map((d) => [d.id, SENSITIVITIES.indexOf(d.sensitivity)]));
  const carriesSensitive = (i: Integration) =>
    (i.data ?? []).some(
      (id) => (sensitivityOf.get(id) ?? 0) >= SENSITIVITIES.indexOf('confidential'),
    );
  const integrationPaths = integrations.map((_, i) => ['integrations', i] as ModelPath);
  const one = () => 1;
  const weakInternet = weightedShare(
    integrations,
    one,
    (i) => i.internet_facing && !STRONG_AUTHENTICATION.has(i.authentication),
  );
  const unencrypted = weightedShare(
    integrations.filter(carriesSensitive),
    one,
    (i) => i.encryption === 'none',
  );
  const keyParties = new Set<string>();
  for (const d of data)
    if (d.category === 'authentication_keys')
      for (const h of d.held_by) if (!roles.isOperatorSide(h)) keyParties.add(h);
  for (const g of model.sims ?? [])
    for (const h of g.key_holders) if (!roles.isOperatorSide(h)) keyParties.add(h);
  const constrained = data.filter(
    (d) => d.residency_required !== undefined && d.residency !== undefined,
  );
  const breaches = weightedShare(constrained, one, (d) =>
    (d.residency ?? []).some((r) => !(d.residency_required ?? []).includes(r)),
  );
  const inputs: FactorInput[] = [
    {
      id: 'weak_internet_links',
      title: 'Internet-facing links without mutual TLS or OAuth2',
      weight: 0.3,
      value: weakInternet,
      explanation:
        weakInternet === null
          ? 'no integrations in the model'
          : `${percent(weakInternet)} of integrations face the internet with weak authentication`,
      evidence: integrationPaths,
    },
    {
      id: 'unencrypted_sensitive_links',
      title: 'Links carrying confidential data unencrypted',
      weight: 0.25,
      value: unencrypted,
      explanation:
        unencrypted === null
          ? 'no integration carries confidential or restricted data'
          : `${percent(unencrypted)} of links carrying confidential or restricted data are unencrypted`,
      evidence: integrationPaths,
    },
    {
      id: 'key_reach',
      title: 'Outside parties that can reach authentication keys',
      weight: 0.25,
      value: data.length === 0 && (model.sims ?? []).length === 0 ? null : keyParties.size / 3,
      explanation: `${keyParties.size} outside part${keyParties.size === 1 ? 'y holds' : 'ies hold'} Ki/OPc${keyParties.size > 0 ? ` (${[...keyParties].sort().join(', ')})` : ''}; three or more count as fully exposed`,
      evidence: [
        ...data.flatMap((d, i) =>
          d.category === 'authentication_keys' ? [['data', i] as ModelPath] : [],
        ),
        ...(model.sims ?? []).map((_, i) => ['sims', i] as ModelPath),
      ],
    },
    {
      id: 'residency_breaches',
      title: 'Data held outside where it must stay',
      weight: 0.2,
      value: breaches,
      explanation:
        breaches === null
          ? 'no data class states where it must stay'
          : `${percent(breaches)} of data classes with a residency rule are held elsewhere too`,
      evidence: constrained.map((d) => ['data', data.indexOf(d)] as ModelPath),
    },
  ];
  return indexOf(inputs);
}
