/**
 * The headline figures a sensitivity run follows, read from one run of the pure analyses: per
 * dependency its exit cost today, point of no return, option value and leverage (lock-in); per
 * layer its dependency and control index (the scorecard); and ES 95% of margin (the stress
 * test). The analyses of a pinned model are run when first asked for, and once.
 */
import { analyseStructure, type StructuralAnalysis } from '../analysis/analyse.js';
import type { Position } from '../analysis/scorecard/position.js';
import { analyseLockin, type Lockin } from '../economics/lockin.js';
import { LAYER_TITLES, type Layer } from '../model/layers.js';
import type { Assumption, ResolvedModel } from '../model/resolved-model.js';

export type FigureKind =
  | 'margin_es95'
  | 'dependency_index'
  | 'control_index'
  | 'exit_cost'
  | 'point_of_no_return'
  | 'option_value'
  | 'leverage';

/** Money in the operator's currency, a month of the horizon, or a 0–100 index. */
export type FigureUnit = 'money' | 'month' | 'index';

export const FIGURE_UNITS: Record<FigureKind, FigureUnit> = {
  margin_es95: 'money',
  dependency_index: 'index',
  control_index: 'index',
  exit_cost: 'money',
  point_of_no_return: 'month',
  option_value: 'money',
  leverage: 'money',
};

export interface FigureKey {
  /** `kind/subject`, e.g. `exit_cost/pennine-telecom`; `margin_es95` alone. */
  readonly id: string;
  readonly kind: FigureKind;
  /** The dependency (a provider id) or the layer; empty for ES 95%. */
  readonly subject: string;
  readonly title: string;
  readonly unit: FigureUnit;
}

/** A figure's value; null where it does not exist (no option, no leverage, not reached). */
export type FigureValue = number | null;

/** The analyses of one (pinned) model, each run when first read. */
export class FigureRun {
  private structureMemo: StructuralAnalysis | undefined;
  private lockinMemo: Lockin | undefined;
  private shortfallMemo: number | undefined;

  constructor(
    readonly model: ResolvedModel,
    private readonly assumptions: readonly Assumption[],
    private readonly shortfall: (
      model: ResolvedModel,
      analysis: StructuralAnalysis,
      lockin: Lockin,
    ) => number,
    /** The structural analysis, when it is known to be that of an unpinned run. */
    structure?: StructuralAnalysis,
  ) {
    this.structureMemo = structure;
  }

  get structure(): StructuralAnalysis {
    this.structureMemo ??= analyseStructure(this.model, this.assumptions);
    return this.structureMemo;
  }

  get lockin(): Lockin {
    this.lockinMemo ??= analyseLockin(this.model);
    return this.lockinMemo;
  }

  get marginEs95(): number {
    this.shortfallMemo ??= this.shortfall(this.model, this.structure, this.lockin);
    return this.shortfallMemo;
  }

  positionOf(layer: Layer): Position {
    return (
      this.structure.scorecard.layers.find((l) => l.layer === layer)?.position ?? 'not_assessed'
    );
  }

  pointOfNoReturn(provider: string): FigureValue {
    return this.dependency(provider)?.pointOfNoReturn?.month ?? null;
  }

  value(key: FigureKey): FigureValue {
    switch (key.kind) {
      case 'margin_es95':
        return this.marginEs95;
      case 'dependency_index':
      case 'control_index': {
        const layer = this.structure.scorecard.layers.find((l) => l.layer === key.subject);
        if (layer === undefined) return null;
        return key.kind === 'dependency_index' ? layer.dependency.score : layer.control.score;
      }
      case 'exit_cost':
        return this.dependency(key.subject)?.today.cost ?? null;
      case 'point_of_no_return':
        return this.pointOfNoReturn(key.subject);
      case 'option_value':
        return this.dependency(key.subject)?.option?.value ?? null;
      case 'leverage':
        return this.dependency(key.subject)?.leverage?.valuePerYear ?? null;
    }
  }

  private dependency(provider: string) {
    return this.lockin.dependencies.find((d) => d.provider === provider);
  }
}

/**
 * The figures of a model, in reading order: ES 95% of margin, the layers, then each dependency
 * (largest exit first) with its exit cost, point of no return, option and leverage. Every
 * candidate is listed; a figure that exists in no run (no option at any pin) is dropped later.
 */
export function headlineFigures(base: FigureRun): FigureKey[] {
  const keys: FigureKey[] = [figure('margin_es95', '', 'Margin in the worst 5% of years (ES 95%)')];
  for (const layer of base.structure.scorecard.layers) {
    const title = shortLayerTitle(LAYER_TITLES[layer.layer]);
    keys.push(figure('dependency_index', layer.layer, `${title}: dependency index`));
    keys.push(figure('control_index', layer.layer, `${title}: control index`));
  }
  for (const d of base.lockin.dependencies) {
    keys.push(figure('exit_cost', d.provider, `Exit cost today: ${d.provider}`));
    keys.push(figure('point_of_no_return', d.provider, `Point of no return: ${d.provider}`));
    keys.push(figure('option_value', d.provider, `Option to switch: ${d.provider}`));
    keys.push(figure('leverage', d.provider, `Leverage a year: ${d.provider}`));
  }
  return keys;
}

function figure(kind: FigureKind, subject: string, title: string): FigureKey {
  return {
    id: subject === '' ? kind : `${kind}/${subject}`,
    kind,
    subject,
    title,
    unit: FIGURE_UNITS[kind],
  };
}

/** "Network routes (host networks …)" → "Network routes". */
function shortLayerTitle(title: string): string {
  const cut = title.indexOf(' (');
  return cut === -1 ? title : title.slice(0, cut);
}
