/**
 * What makes the analyses the API sends: the JSON text of a model's analysis, or an ApiError
 * (422 with positioned diagnostics) when the text does not load. Implemented in the calling
 * thread (tests, small uses), on a pool of worker threads (the server), and as a cache in
 * front of either.
 */
import { assessModel } from '../assessment.js';
import { assessmentDocument } from './assessment-document.js';
import { loadOrReject } from './model-text.js';
import { rulesOf } from './workspace-rules.js';

export interface Analyser {
  /** `rules`: a workspace's or a request's user rules text (rule-file.ts), run beside the built-in ones. */
  analyse(name: string, text: string, rules?: string): Promise<string>;
  close(): Promise<void>;
}

/** The analysis made here and now: the work every implementation ends up doing. */
export function analysisJsonText(name: string, text: string, rules?: string): string {
  const loaded = loadOrReject(text, name);
  const ruleSet = rulesOf(rules);
  return JSON.stringify(
    assessmentDocument(
      loaded,
      assessModel(loaded, ruleSet === undefined ? {} : { rules: ruleSet }),
    ),
  );
}

export const inThreadAnalyser: Analyser = {
  analyse: async (name, text, rules) => analysisJsonText(name, text, rules),
  close: async () => {},
};
