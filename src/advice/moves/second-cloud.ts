/**
 * The operator's own workloads moved to a second cloud (or region) apart from the one its
 * enabler runs on, so one hyperscaler's failure or terms no longer reach both.
 */
import { money } from '../../text/money.js';
import { counted } from '../../text/whole-number.js';
import type { MoveKind, Proposal } from '../move.js';
import type { PatchOp } from '../patch.js';
import { freshId } from './standby-supplier.js';

const ID = 'second-cloud';

export const secondCloud: MoveKind = {
  meta: {
    id: ID,
    title: 'Run the operator’s own workloads on a second cloud',
    layers: ['intelligence', 'capital_coordination'],
    rationale:
      'When the enabler and the operator’s own systems run on one hyperscaler, one outage or one price change reaches both: a shared fourth party.',
    references: [
      'mvno-domain.md §3.5 (cloud and hosting)',
      'DORA Art. 28–30 (ICT third-party concentration); EBA outsourcing guidelines §13',
    ],
    appliesWhen:
      'a cloud hosts an enabler (MVNE or MVNA) and also one of the operator’s own functions',
    changes:
      'adds a second cloud, and the operator’s own functions on the shared cloud move to it (their hosted_on)',
    prerequisites: [],
    parameters: ['second_cloud_monthly', 'second_cloud_months'],
  },
  propose({ model, declared, parameters: p, economics }) {
    const currency = model.operator.currency;
    const proposals: Proposal[] = [];
    for (const cloud of model.providers.filter((q) => q.kind === 'cloud')) {
      const hosted = model.providers.filter((q) => q.hosted_on.includes(cloud.id));
      const enablers = hosted.filter((q) => q.kind === 'mvne' || q.kind === 'mvna');
      const own = hosted.filter((q) => q.kind === 'in_house');
      if (enablers.length === 0 || own.length === 0) continue;
      const second = freshId(declared, `${cloud.id}-second`);
      const steps: PatchOp[] = [
        {
          op: 'append',
          path: ['providers'],
          value: {
            id: second,
            name: 'Second cloud (to be contracted)',
            kind: 'cloud',
            jurisdiction: model.operator.country,
            availability: cloud.availability,
            supplies: ['hosting'],
            notes:
              'Written by mvnoscope advise: the operator’s own workloads, apart from the enabler’s cloud.',
          },
        },
      ];
      for (const q of own) {
        const index = declared.providers.findIndex((d) => d.id === q.id);
        steps.push({
          op: 'set',
          path: ['providers', index, 'hosted_on'],
          value: q.hosted_on.map((h) => (h === cloud.id ? second : h)),
        });
      }
      const days = own.length * economics.replatform_person_days_per_workload;
      proposals.push({
        id: `${ID}/${cloud.id}`,
        kind: ID,
        title: `Move the operator’s own workloads off ${cloud.name}`,
        layers: secondCloud.meta.layers,
        actsOn: cloud.id,
        reason: `${cloud.id} hosts ${enablers.map((q) => q.id).join(', ')} and the operator’s ${own.map((q) => q.id).join(', ')}`,
        patch: steps,
        cost: {
          oneOff: days * economics.integration_day_rate,
          monthly: p.second_cloud_monthly,
          months: p.second_cloud_months,
          explanation: `${counted(own.length, 'workload')} × ${economics.replatform_person_days_per_workload} person-days (replatform_person_days_per_workload) × ${money(economics.integration_day_rate, currency)} (integration_day_rate); ${money(p.second_cloud_monthly, currency)} a month (second_cloud_monthly); ${p.second_cloud_months} months (second_cloud_months)`,
        },
      });
    }
    return proposals;
  },
};
