/**
 * The five layers through which mvnoscope reads an operator's stack (DESIGN §2). Each is a
 * question about dependency versus control at MVNO scale.
 */
export const LAYERS = [
  'cost_structure',
  'intelligence',
  'network_routes',
  'edge_control',
  'capital_coordination',
] as const;

export type Layer = (typeof LAYERS)[number];

export const LAYER_TITLES: Record<Layer, string> = {
  cost_structure: 'Cost structure (energy → unit economics)',
  intelligence: 'Intelligence (compute → where AI and data live)',
  network_routes: 'Network routes (host networks as a negotiation structure)',
  edge_control: 'Edge control (SIMs, IMSIs, keys, profile management)',
  capital_coordination: 'Capital and coordination (ability to scale)',
};
