/**
 * A layer's position: independent node, contested or dependent participant, from the gap
 * between its dependency and control indices. Apart from the scorecard's formulas, so a
 * browser bundle can name positions without loading them.
 */
export type Position = 'independent_node' | 'contested' | 'dependent_participant' | 'not_assessed';

/** The positions in words, for every report. */
export const POSITION_NAMES: Record<Position, string> = {
  independent_node: 'independent node',
  contested: 'contested',
  dependent_participant: 'dependent participant',
  not_assessed: 'not assessed',
};

/**
 * A gap of 20 points between the indices decides the position: a fifth of the scale, more
 * than any single factor's judgement can move either index on its own.
 */
export const POSITION_GAP = 20;

export function positionOf(dependency: number | null, control: number | null): Position {
  if (dependency === null || control === null) return 'not_assessed';
  if (control - dependency >= POSITION_GAP) return 'independent_node';
  if (dependency - control >= POSITION_GAP) return 'dependent_participant';
  return 'contested';
}
