/**
 * "New model": start from the blank starter or a shipped archetype (each described in one
 * line), from a short questionnaire that fills the starter, or from a file — an mvnoscope model
 * (YAML or JSON) or any source `mvnoscope import` reads, imported here in the browser by the
 * same importers. Whatever the start, the server checks the text on creation and refuses one
 * with errors, with each error's line and column.
 */
import { useEffect, useState } from 'react';
import {
  DEFAULT_ANSWERS,
  questionnaireModel,
  type StarterAnswers,
} from '../../../src/importers/questionnaire.js';
import { counted } from '../../../src/text/whole-number.js';
import { type ApiClient, ApiFailure, failureMessage } from '../api/client.js';
import type { DiagnosticDocument, ModelWithVersion } from '../api/types.js';
import { navigate } from '../navigation.js';
import { QuestionnaireForm } from './questionnaire-form.js';
import type { SourceFormat, SourceKind } from './read-source.js';
import { BLANK, loadStarters, type Starter, starterText } from './starters.js';

type Mode = 'template' | 'questionnaire' | 'file';

const MODES: readonly { mode: Mode; label: string }[] = [
  { mode: 'template', label: 'Blank or archetype' },
  { mode: 'questionnaire', label: 'Questionnaire' },
  { mode: 'file', label: 'Upload or import a file' },
];

/** The chosen file, read into bytes once. */
interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export function NewModelPanel({ api, workspaceId }: { api: ApiClient; workspaceId: string }) {
  const path = `/workspaces/${encodeURIComponent(workspaceId)}/models`;
  const [mode, setMode] = useState<Mode>('template');
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  // Blank or archetype
  const [starters, setStarters] = useState<readonly Starter[]>([
    { name: BLANK, description: 'Blank starter' },
  ]);
  const [starter, setStarter] = useState(BLANK);
  const [placeholders, setPlaceholders] = useState(false);
  // Questionnaire
  const [answers, setAnswers] = useState<StarterAnswers>(DEFAULT_ANSWERS);
  // File
  const [formats, setFormats] = useState<readonly SourceFormat[] | null>(null);
  const [format, setFormat] = useState<SourceKind>('model');
  const [file, setFile] = useState<ChosenFile | null>(null);

  useEffect(() => {
    let live = true;
    loadStarters().then(
      (loaded) => live && setStarters(loaded),
      (failure: unknown) => live && setProblems([failureMessage(failure)]),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (mode !== 'file' || formats !== null) return;
    import('./read-source.js').then(
      (reader) => setFormats(reader.SOURCE_FORMATS),
      (failure: unknown) => setProblems([failureMessage(failure)]),
    );
  }, [mode, formats]);

  const choose = async (chosen: File | undefined) => {
    setProblems([]);
    if (chosen === undefined) return setFile(null);
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    const { guessFormat } = await import('./read-source.js');
    setFile({ name: chosen.name, bytes });
    setFormat(guessFormat(chosen.name, bytes));
  };

  /** The text to create, its default name and its first version's message, or problems. */
  const source = async (): Promise<
    { text: string; name: string; message: string } | { problems: readonly string[] }
  > => {
    if (mode === 'template')
      return {
        text: await starterText(starter, placeholders),
        name: starter,
        message:
          starter === BLANK
            ? 'from the blank starter'
            : `from ${starter}${placeholders ? ' (placeholders)' : ''}`,
      };
    if (mode === 'questionnaire')
      return {
        text: questionnaireModel(answers, new Date().toISOString().slice(0, 10)),
        name: answers.name.trim() === '' ? 'questionnaire' : answers.name.trim(),
        message: 'from the questionnaire',
      };
    if (file === null) return { problems: ['choose a file first'] };
    const { readSource } = await import('./read-source.js');
    const read = await readSource(format, file.name, file.bytes);
    if (!read.ok) return { problems: read.problems };
    return {
      text: read.text,
      name: file.name.replace(/\.[^.]*$/, ''),
      message: format === 'model' ? `uploaded ${file.name}` : `imported ${file.name} (${format})`,
    };
  };

  const create = async () => {
    setProblems([]);
    setBusy(true);
    try {
      const made = await source();
      if ('problems' in made) return setProblems(made.problems);
      const created = await api.json<ModelWithVersion>(path, {
        method: 'POST',
        body: {
          name: name.trim() === '' ? made.name : name.trim(),
          text: made.text,
          message: made.message,
        },
      });
      navigate({ screen: 'model', workspaceId, modelId: created.model.id });
    } catch (failure) {
      setProblems(refusalLines(failure, mode === 'file' ? (file?.name ?? 'model') : 'model'));
    } finally {
      setBusy(false);
    }
  };

  const described = starters.find((s) => s.name === starter)?.description;
  return (
    <form
      className="card"
      aria-labelledby="new-model-title"
      onSubmit={(event) => {
        event.preventDefault();
        void create();
      }}
    >
      <h2 id="new-model-title">New model</h2>
      <div role="tablist" aria-label="How to start" className="tabs">
        {MODES.map((m) => (
          <button
            key={m.mode}
            type="button"
            role="tab"
            className="tab"
            aria-selected={mode === m.mode}
            onClick={() => {
              setMode(m.mode);
              setProblems([]);
            }}
          >
            {m.label}
          </button>
        ))}
      </div>
      {mode === 'template' && (
        <div className="form-row">
          <label>
            Start from
            <select value={starter} onChange={(e) => setStarter(e.target.value)}>
              {starters.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name === BLANK ? s.description : `${s.name}: ${s.description}`}
                </option>
              ))}
            </select>
          </label>
          {starter !== BLANK && (
            <label className="check">
              <input
                type="checkbox"
                checked={placeholders}
                onChange={(e) => setPlaceholders(e.target.checked)}
              />
              figures as placeholders (as mvnoscope init --archetype writes it)
            </label>
          )}
          {described !== undefined && starter !== BLANK && (
            <p className="muted" data-testid="starter-description">
              {described}
            </p>
          )}
        </div>
      )}
      {mode === 'questionnaire' && <QuestionnaireForm answers={answers} onChange={setAnswers} />}
      {mode === 'file' && (
        <div className="form-row">
          <label>
            File
            <input
              type="file"
              accept=".yaml,.yml,.json,.xml,.archimate,.csv,.xlsx"
              onChange={(e) => void choose(e.target.files?.[0])}
            />
          </label>
          <label>
            Format
            <select value={format} onChange={(e) => setFormat(e.target.value as SourceKind)}>
              {(formats ?? [{ name: 'model', description: 'an mvnoscope model' }]).map((f) => (
                <option key={f.name} value={f.name}>
                  {f.name === 'model' ? f.description : `${f.name}: ${f.description}`}
                </option>
              ))}
            </select>
          </label>
          {file !== null && (
            <p className="muted" data-testid="chosen-file">
              {file.name}, {counted(file.bytes.length, 'byte')}
            </p>
          )}
        </div>
      )}
      <div className="form-row">
        <label>
          Name
          <input
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setAnswers((a) => ({ ...a, name: e.target.value }));
            }}
            placeholder={
              mode === 'template'
                ? starter
                : mode === 'file'
                  ? (file?.name.replace(/\.[^.]*$/, '') ?? '')
                  : 'My MVNO'
            }
          />
        </label>
        <button type="submit" className="button" disabled={busy}>
          Create model
        </button>
      </div>
      {problems.length > 0 && (
        <div role="alert">
          <ul className="error" aria-label="Problems">
            {problems.slice(0, 20).map((p) => (
              <li key={p}>{p}</li>
            ))}
            {problems.length > 20 && <li>… and {problems.length - 20} more</li>}
          </ul>
        </div>
      )}
    </form>
  );
}

/** A refused creation as lines: each of the server's errors at its line and column. */
function refusalLines(failure: unknown, file: string): string[] {
  if (failure instanceof ApiFailure && failure.code === 'invalid_model') {
    const diagnostics = (failure.details as { diagnostics?: DiagnosticDocument[] } | undefined)
      ?.diagnostics;
    const errors = (diagnostics ?? []).filter((d) => d.severity === 'error');
    if (errors.length > 0)
      return [
        failure.message,
        ...errors.map(
          (d) =>
            `${file}:${d.line}:${d.column}: ${d.message}${d.suggestion === undefined ? '' : ` (${d.suggestion})`}`,
        ),
      ];
  }
  return [failureMessage(failure)];
}
