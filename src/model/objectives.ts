/**
 * The objectives a design can be judged on; `control` is maximised, the others minimised. On
 * their own, without the design-space schema, so a browser bundle can list them without zod.
 */
export const OBJECTIVES = [
  'cost',
  'time_to_launch',
  'lockin',
  'resilience',
  'security',
  'control',
] as const;
export type Objective = (typeof OBJECTIVES)[number];
