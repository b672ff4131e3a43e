/** Moves of the operator's own, written as patches in `advice.moves`: valued like the built-in ones. */
import type { ResolvedModel } from '../model/resolved-model.js';
import type { Proposal } from './move.js';

export const USER_MOVE_KIND = 'own';

export function userProposals(model: ResolvedModel): Proposal[] {
  return (model.advice?.moves ?? []).map((move) => ({
    id: `${USER_MOVE_KIND}/${move.id}`,
    kind: USER_MOVE_KIND,
    title: move.title,
    layers: move.layers ?? [],
    actsOn: move.acts_on,
    contract: move.contract,
    reason: move.notes ?? 'a move of the operator’s own (advice.moves)',
    patch: move.patch,
    cost: {
      oneOff: move.one_off ?? 0,
      monthly: move.monthly ?? 0,
      months: move.months ?? 0,
      explanation: 'as stated in advice.moves',
    },
  }));
}
