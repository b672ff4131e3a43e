/**
 * The version an edit started from, which every save must name: in an `If-Match` header (the
 * ETag the API sent with the version, `"3"`) or as `baseVersion` in the body. Naming neither
 * is refused (428), so no client can overwrite a model without saying what it overwrites.
 */
import { ApiError } from '../api/errors.js';

export function baseVersionOf(ifMatch: string | undefined, inBody: number | undefined): number {
  const fromHeader = ifMatch === undefined ? undefined : parseEtag(ifMatch);
  if (fromHeader !== undefined && inBody !== undefined && fromHeader !== inBody)
    throw new ApiError(
      422,
      'invalid_request',
      `If-Match names version ${fromHeader} but baseVersion is ${inBody}; send one, or the same in both`,
    );
  const base = fromHeader ?? inBody;
  if (base === undefined)
    throw new ApiError(
      428,
      'base_version_required',
      'name the version this edit started from: an If-Match header ("3") or baseVersion in the body',
    );
  return base;
}

/** The ETag of a model version. */
export function versionEtag(version: number): string {
  return `"${version}"`;
}

function parseEtag(header: string): number {
  const match = /^\s*(?:W\/)?"?(\d{1,10})"?\s*$/.exec(header);
  const version = match === null ? Number.NaN : Number(match[1]);
  if (!Number.isSafeInteger(version) || version < 1)
    throw new ApiError(
      422,
      'invalid_request',
      `If-Match must be a version's ETag, such as "3" (found ${JSON.stringify(header.slice(0, 40))})`,
    );
  return version;
}
