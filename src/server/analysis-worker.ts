/** Worker thread entry of the analysis pool: one analysis per request, answered in order. */
import { serveWorker } from '../run/worker.js';
import { analysisJsonText } from './analyser.js';

export interface AnalysisRequest {
  readonly name: string;
  readonly text: string;
  /** User rules to run beside the built-in ones (src/rules/rule-file.ts). */
  readonly rules?: string;
}

// An invalid text is refused with its ApiError (422), raised again on the request thread.
serveWorker<AnalysisRequest, string>(({ name, text, rules }) =>
  analysisJsonText(name, text, rules),
);
