/**
 * Worker thread entry for downloads: one file per worker (the HTML report, or the supplier
 * register as CSV or XLSX) made from a stored version's text, then the worker ends.
 */
import { parentPort } from 'node:worker_threads';
import { assessModel } from '../assessment.js';
import { registerCsv } from '../report/register/register-csv.js';
import { registerXlsx } from '../report/register/register-xlsx.js';
import { supplierRegister } from '../report/register/supplier-register.js';
import { VERSION } from '../version.js';
import { ApiError, type ApiErrorData, apiErrorData } from './api-error.js';
import { htmlReport } from './html-report.js';
import { loadOrReject } from './model-text.js';

export type DownloadKind = 'report' | 'register-csv' | 'register-xlsx';

export interface DownloadRequest {
  readonly kind: DownloadKind;
  /** How the file names its model, e.g. "light, version 3". */
  readonly source: string;
  readonly text: string;
}

/** Text (the report, CSV) or bytes (XLSX). */
export type DownloadBody = string | Uint8Array<ArrayBuffer>;

export type DownloadReply =
  | { readonly ok: true; readonly body: DownloadBody }
  /** The text does not load: the ApiError to send, rebuilt on the request thread. */
  | ({ readonly ok: false } & ApiErrorData);

async function download({ kind, source, text }: DownloadRequest): Promise<DownloadBody> {
  const loaded = loadOrReject(text, source);
  if (kind === 'report') return htmlReport(source, loaded);
  const register = supplierRegister(loaded.model, assessModel(loaded));
  if (kind === 'register-csv') return registerCsv(register);
  return new Uint8Array(await registerXlsx(register, `mvnoscope ${VERSION}`));
}

parentPort?.once('message', async (request: DownloadRequest) => {
  let reply: DownloadReply;
  try {
    reply = { ok: true, body: await download(request) };
  } catch (error) {
    // Anything but a refusal of the text is a bug: let it end the worker, as an 'error' event.
    if (!(error instanceof ApiError)) throw error;
    reply = { ok: false, ...apiErrorData(error) };
  }
  parentPort?.postMessage(reply);
});
