/**
 * The model work of the API besides its analyses: validation (for an editor's live errors),
 * the loading a save needs (refuse an invalid text, then describe the saved version), the
 * comparison of two versions and the text of an accepted finding (acceptance.ts). Each is a pure function of its request, made here for the
 * in-process app of tests and small uses, and on the analysis pool's worker threads by the
 * server (analysis-pool.ts), so that no model, however large or hostile, holds the request
 * thread: health, reads and saves keep being answered while it is worked on.
 */
import type { ComparisonDocument } from '../api/comparison.js';
import type { ValidationDocument } from '../api/diagnostics.js';
import type { VersionDocument } from '../api/versions.js';
import { assessModel } from '../assessment.js';
import { compareAssessments } from '../compare/compare-assessments.js';
import { loadModel } from '../model/load/load-model.js';
import type { ModelVersion } from '../storage/models.js';
import { type AcceptanceWork, type AcceptedText, acceptanceOf } from './acceptance.js';
import { diagnosticJson } from './diagnostics-json.js';
import { MAX_MODEL_CHARS } from './limits.js';
import { loadOrReject } from './model-text.js';
import { versionDocument } from './version-document.js';
import { rulesOf } from './workspace-rules.js';

export interface ComparisonRequest {
  readonly name: string;
  readonly from: ModelVersion;
  readonly to: ModelVersion;
  /** The workspace's user rules text, run on both sides. */
  readonly rules?: string;
}

export interface ModelWork {
  /** Whether the text loads, with every diagnostic (an answer even when it does not). */
  validation(name: string, text: string): Promise<ValidationDocument>;
  /** Resolves when the text loads; rejects with 422 `invalid_model` and its diagnostics. */
  check(name: string, text: string): Promise<void>;
  /** A stored version as the API's version document (its text loaded for its diagnostics). */
  version(version: ModelVersion, file: string): Promise<VersionDocument>;
  /** Two versions and every figure of both compared; 422 when either does not load. */
  comparison(request: ComparisonRequest): Promise<ComparisonDocument>;
  /** A version's text with a finding accepted, checked to accept it; 409/422 otherwise. */
  acceptance(work: AcceptanceWork): Promise<AcceptedText>;
}

export function validationOf(name: string, text: string): ValidationDocument {
  const loaded = loadModel(text, { file: name, limits: { maxChars: MAX_MODEL_CHARS } });
  return { valid: loaded.ok, diagnostics: loaded.diagnostics.map(diagnosticJson) };
}

export function comparisonOf({ name, from, to, rules }: ComparisonRequest): ComparisonDocument {
  // Both sides run the workspace's user rules, so a finding's change is the model's.
  const ruleSet = rulesOf(rules);
  const side = (v: ModelVersion) => {
    const loaded = loadOrReject(v.text, `${name} v${v.version}`);
    return {
      label: `version ${v.version}`,
      model: loaded.model,
      assessment: assessModel(loaded, ruleSet === undefined ? {} : { rules: ruleSet }),
    };
  };
  const summary = ({ text: _text, modelId: _modelId, ...rest }: ModelVersion) => rest;
  return {
    from: summary(from),
    to: summary(to),
    comparison: compareAssessments(side(from), side(to)),
  };
}

/** The work made in the calling thread. */
export const inThreadWork: ModelWork = {
  validation: async (name, text) => validationOf(name, text),
  check: async (name, text) => {
    loadOrReject(text, name);
  },
  version: async (version, file) => versionDocument(version, file),
  comparison: async (request) => comparisonOf(request),
  acceptance: async (work) => acceptanceOf(work),
};
