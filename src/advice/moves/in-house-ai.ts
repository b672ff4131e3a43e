/** An AI use case moved into the operator's own tenancy: its own model, its own training data. */
import { money } from '../../text/money.js';
import type { MoveKind } from '../move.js';

const ID = 'in-house-ai';

export const inHouseAi: MoveKind = {
  meta: {
    id: ID,
    title: 'Move an AI use case to the operator’s own tenancy',
    layers: ['intelligence'],
    rationale:
      'A model trained on the operator’s data inside a vendor’s platform learns what the operator cannot take away; rebuilt in its own tenancy, model and history stay with the operator.',
    references: [
      'mvno-domain.md §3.4 (AI and data gravity)',
      'EU AI Act Art. 25 (value chain responsibilities); EU Data Act Art. 23 (switching)',
    ],
    appliesWhen:
      'a use case’s model or training data is controlled by, or runs on, a party other than the operator',
    changes:
      'the use case runs on the operator’s own function (its in-house analytics provider, else the operator), which controls the model and the training data, both exportable',
    prerequisites: [],
    parameters: ['in_house_ai_monthly', 'in_house_ai_months'],
  },
  propose({ model, roles, parameters: p, economics }) {
    const home =
      model.providers.find(
        (q) => q.kind === 'in_house' && q.supplies.some((s) => s.capability === 'analytics_ai'),
      )?.id ?? model.operator.id;
    const currency = model.operator.currency;
    return (model.intelligence ?? []).flatMap((useCase, index) => {
      const outside = [
        useCase.runs_on,
        useCase.model_controlled_by,
        useCase.training_data_controlled_by,
      ].filter((party) => !roles.isOperatorSide(party));
      if (outside.length === 0) return [];
      const days = useCase.retraining_person_days ?? economics.model_rebuild_person_days;
      return [
        {
          id: `${ID}/${useCase.id}`,
          kind: ID,
          title: `Bring ${useCase.name} in-house`,
          layers: inHouseAi.meta.layers,
          actsOn: outside[0],
          reason: `${useCase.name} is run or controlled by ${[...new Set(outside)].join(', ')}`,
          patch: [
            { op: 'set', path: ['intelligence', index, 'runs_on'], value: home },
            { op: 'set', path: ['intelligence', index, 'model_controlled_by'], value: home },
            {
              op: 'set',
              path: ['intelligence', index, 'training_data_controlled_by'],
              value: home,
            },
            { op: 'set', path: ['intelligence', index, 'model_export'], value: true },
            { op: 'set', path: ['intelligence', index, 'training_data_export'], value: true },
          ],
          cost: {
            oneOff: days * economics.integration_day_rate,
            monthly: p.in_house_ai_monthly,
            months: p.in_house_ai_months,
            explanation: `rebuild ${days} person-days (retraining_person_days, else model_rebuild_person_days) × ${money(economics.integration_day_rate, currency)} (integration_day_rate); ${money(p.in_house_ai_monthly, currency)} a month to run it (in_house_ai_monthly); ${p.in_house_ai_months} months (in_house_ai_months)`,
          },
        },
      ];
    });
  },
};
