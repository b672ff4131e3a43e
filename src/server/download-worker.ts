/**
 * Worker thread entry for downloads: one file per worker (the HTML report, or the supplier
 * register as CSV or XLSX) made from a stored version's text, then the worker ends.
 */
import { assessModel } from '../assessment.js';
import { registerCsv } from '../report/register/register-csv.js';
import { registerXlsx } from '../report/register/register-xlsx.js';
import { supplierRegister } from '../report/register/supplier-register.js';
import { serveWorker } from '../run/worker.js';
import { VERSION } from '../version.js';
import { htmlReport } from './html-report.js';
import { loadOrReject } from './model-text.js';
import { rulesOf } from './workspace-rules.js';

export type DownloadKind = 'report' | 'register-csv' | 'register-xlsx';

export interface DownloadRequest {
  readonly kind: DownloadKind;
  /** How the file names its model, e.g. "light, version 3". */
  readonly source: string;
  readonly text: string;
  /** The workspace's user rules (src/rules/rule-file.ts), run beside the built-in ones. */
  readonly rules?: string;
}

/** Text (the report, CSV) or bytes (XLSX). */
export type DownloadBody = string | Uint8Array<ArrayBuffer>;

async function download({ kind, source, text, rules }: DownloadRequest): Promise<DownloadBody> {
  const loaded = loadOrReject(text, source);
  const ruleSet = rulesOf(rules);
  if (kind === 'report') return htmlReport(source, loaded, ruleSet);
  const register = supplierRegister(
    loaded.model,
    assessModel(loaded, ruleSet === undefined ? {} : { rules: ruleSet }),
  );
  if (kind === 'register-csv') return registerCsv(register);
  return new Uint8Array(await registerXlsx(register, `mvnoscope ${VERSION}`));
}

// A text that does not load is refused with its ApiError, raised again on the request thread.
serveWorker<DownloadRequest, DownloadBody>(download);
