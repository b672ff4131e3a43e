/** Worker thread entry of the analysis pool: one analysis per message, answered in order. */
import { parentPort } from 'node:worker_threads';
import { analysisJsonText } from './analyser.js';
import { ApiError, type ApiErrorData, apiErrorData } from './api-error.js';

export interface AnalysisRequest {
  readonly name: string;
  readonly text: string;
}

export type AnalysisReply =
  | { readonly ok: true; readonly json: string }
  /** The text is invalid: the ApiError to send, rebuilt on the request thread. */
  | ({ readonly ok: false } & ApiErrorData);

parentPort?.on('message', (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { ok: true, json: analysisJsonText(request.name, request.text) };
  } catch (error) {
    // Anything but a refusal of the text is a bug: let it end the worker, as an 'error' event.
    if (!(error instanceof ApiError)) throw error;
    reply = { ok: false, ...apiErrorData(error) };
  }
  parentPort?.postMessage(reply);
});
