/**
 * Downloads of the saved version on screen: the HTML report and the supplier register (CSV or
 * XLSX), made by the server. The token goes in a header, so a file is fetched, then handed to
 * the browser as a blob under the name the server gives it.
 */
import { useState } from 'react';
import { type ApiClient, failureMessage } from '../api/client.js';

const FILES = [
  { id: 'report', label: 'Report (HTML)', path: 'report', busy: 'Making the report…' },
  {
    id: 'csv',
    label: 'Suppliers (CSV)',
    path: 'register?format=csv',
    busy: 'Making the register…',
  },
  {
    id: 'xlsx',
    label: 'Suppliers (XLSX)',
    path: 'register?format=xlsx',
    busy: 'Making the register…',
  },
] as const;
type FileId = (typeof FILES)[number]['id'];

/** The file name of a Content-Disposition header, or `fallback`. */
function attachmentName(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function VersionDownloads({
  api,
  versionPath,
  version,
}: {
  api: ApiClient;
  /** The API path of the version, e.g. /workspaces/…/models/…/versions/3 */
  versionPath: string;
  version: number;
}) {
  const [busy, setBusy] = useState<FileId | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (file: (typeof FILES)[number]) => {
    setBusy(file.id);
    setError(null);
    try {
      const response = await api.send(`${versionPath}/${file.path}`);
      save(
        await response.blob(),
        attachmentName(response.headers.get('content-disposition'), `version-${version}`),
      );
    } catch (failure) {
      setError(`Download failed: ${failureMessage(failure)}`);
    } finally {
      setBusy(null);
    }
  };
  const working = FILES.find((f) => f.id === busy);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form's fieldset
    <div className="downloads" role="group" aria-label={`Download version ${version}`}>
      <span className="muted">Download version {version}:</span>
      {FILES.map((file) => (
        <button
          key={file.id}
          type="button"
          className="button button--quiet"
          disabled={busy !== null}
          onClick={() => void download(file)}
        >
          {file.label}
        </button>
      ))}
      <span role="status" className="muted downloads__status">
        {working?.busy ?? ''}
      </span>
      {error !== null && (
        <span role="alert" className="error downloads__status">
          {error}
        </span>
      )}
    </div>
  );
}
