/**
 * What makes the analyses the API sends: the JSON text of a model's analysis, or an ApiError
 * (422 with positioned diagnostics) when the text does not load. Implemented in the calling
 * thread (tests, small uses), on a pool of worker threads (the server), and as a cache in
 * front of either.
 */
import { assessmentDocument } from './assessment-document.js';
import { loadOrReject } from './model-text.js';

export interface Analyser {
  analyse(name: string, text: string): Promise<string>;
  close(): Promise<void>;
}

/** The analysis made here and now: the work every implementation ends up doing. */
export function analysisJsonText(name: string, text: string): string {
  return JSON.stringify(assessmentDocument(loadOrReject(text, name)));
}

export const inThreadAnalyser: Analyser = {
  analyse: async (name, text) => analysisJsonText(name, text),
  close: async () => {},
};
