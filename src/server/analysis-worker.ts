/** Worker thread entry of the analysis pool: one piece of model work per request, answered in order. */
import { serveWorker } from '../run/worker.js';
import type { ModelVersion } from '../storage/models.js';
import { type AcceptanceWork, acceptanceOf } from './acceptance.js';
import { analysisJsonText } from './analyser.js';
import { loadOrReject } from './model-text.js';
import { type ComparisonRequest, comparisonOf, validationOf } from './model-work.js';
import { versionDocument } from './version-document.js';

/** What the pool asks a worker for; each kind is one function of model-work.ts or analyser.ts. */
export type AnalysisRequest =
  | {
      readonly kind: 'analysis';
      readonly name: string;
      readonly text: string;
      /** User rules to run beside the built-in ones (src/rules/rule-file.ts). */
      readonly rules?: string;
    }
  | { readonly kind: 'validation'; readonly name: string; readonly text: string }
  | { readonly kind: 'check'; readonly name: string; readonly text: string }
  | { readonly kind: 'version'; readonly version: ModelVersion; readonly file: string }
  | ({ readonly kind: 'comparison' } & ComparisonRequest)
  | ({ readonly kind: 'acceptance' } & AcceptanceWork);

function answer(request: AnalysisRequest): unknown {
  switch (request.kind) {
    case 'analysis':
      return analysisJsonText(request.name, request.text, request.rules);
    case 'validation':
      return validationOf(request.name, request.text);
    case 'check':
      loadOrReject(request.text, request.name);
      return null;
    case 'version':
      return versionDocument(request.version, request.file);
    case 'comparison':
      return comparisonOf(request);
    case 'acceptance':
      return acceptanceOf(request);
  }
}

// An invalid text is refused with its ApiError (422), raised again on the request thread.
serveWorker<AnalysisRequest, unknown>(answer);
