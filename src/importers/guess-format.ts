/**
 * Which reader a dropped file most likely needs, from its name and its first characters: the
 * web app's "New model" panel preselects it, and the user can pick another. `model` is an
 * mvnoscope model itself (YAML or JSON); the rest are import formats (`mvnoscope import NAME`).
 * Only a guess to save a click: the reader chosen still checks the file and refuses it with a
 * positioned error when it is not what it was taken for.
 */

export type SourceKind =
  | 'model'
  | 'cyclonedx'
  | 'archimate'
  | 'tmforum-oda'
  | 'otm'
  | 'structurizr'
  | 'threagile'
  | 'register';

/** Enough of the file to see its signature keys without reading all of a large one. */
const SNIFF_CHARS = 64 * 1024;

export function guessFormat(fileName: string, bytes: Uint8Array): SourceKind {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.xlsx')) return 'register';
  if (name.endsWith('.archimate') || name.endsWith('.xml')) return 'archimate';
  // An XLSX workbook is a ZIP file: "PK" and two bytes.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'register';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_CHARS));
  if (/^\s*</.test(head.replace(/^\uFEFF/, ''))) return 'archimate';
  return guessFromText(head);
}

/** The signature keys each text format starts with (JSON quoted or YAML bare). */
function guessFromText(head: string): SourceKind {
  const key = (k: string) => new RegExp(`(^|[{,\\s])"?${k}"?\\s*:`, 'm');
  if (key('mvnoscope').test(head)) return 'model';
  if (/"?bomFormat"?\s*:\s*"?CycloneDX/.test(head)) return 'cyclonedx';
  if (key('otmVersion').test(head)) return 'otm';
  if (key('threagile_version').test(head)) return 'threagile';
  if (/oda\.tmforum\.org/.test(head)) return 'tmforum-oda';
  if (key('softwareSystems').test(head) || key('deploymentNodes').test(head)) return 'structurizr';
  return 'model';
}
