/**
 * The model editor: CodeMirror 6 with YAML, completion from the JSON Schema, and the core's
 * diagnostics as lint marks at their lines. Every change is assessed off the main thread
 * (debounced by the linter) and the result handed to the page, so the panels follow the text.
 */
import { autocompletion } from '@codemirror/autocomplete';
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter } from '@codemirror/lint';
import { EditorSelection, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import schema from '../../../schema/mvnoscope.schema.json';
import { LiveAssessor } from '../assessment/live-assessor.js';
import type { LiveResult } from '../assessment/live-result.js';
import { lintMark } from './diagnostic-ranges.js';
import { type SchemaNode, schemaCompletion } from './schema-completion.js';

/** Pause after the last keystroke before the text is assessed. */
export const ASSESS_DELAY_MS = 200;

export interface YamlEditorHandle {
  /** Puts the cursor at the start of a line and scrolls to it. */
  revealLine(line: number): void;
  /**
   * Puts another text in (a restored or newly loaded version) as one change, keeping the
   * cursor (clamped to the new text) and the scroll position where they were.
   */
  replaceText(text: string): void;
}

export interface YamlEditorProps {
  readonly initialText: string;
  readonly onChange: (text: string) => void;
  readonly onAssessed: (result: LiveResult) => void;
  /** The workspace's user rules text, run with the built-in rules in every live assessment. */
  readonly rules?: string | undefined;
  /** A read-only token: the text can be read, selected and searched, not changed. */
  readonly readOnly?: boolean;
  readonly ref?: Ref<YamlEditorHandle>;
}

export function YamlEditor({
  initialText,
  onChange,
  onAssessed,
  rules,
  readOnly = false,
  ref,
}: YamlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The latest callbacks and rules, read by the editor's extensions made once.
  const callbacks = useRef({ onChange, onAssessed, rules });
  callbacks.current = { onChange, onAssessed, rules };

  useImperativeHandle(
    ref,
    () => ({
      revealLine(line: number) {
        const editor = view.current;
        if (editor === null) return;
        const at = editor.state.doc.line(Math.min(Math.max(line, 1), editor.state.doc.lines));
        editor.dispatch({
          selection: EditorSelection.cursor(at.from),
          effects: EditorView.scrollIntoView(at.from, { y: 'center' }),
        });
        editor.focus();
      },
      replaceText(text: string) {
        const editor = view.current;
        if (editor === null || editor.state.doc.toString() === text) return;
        const head = Math.min(editor.state.selection.main.head, text.length);
        editor.dispatch({
          changes: { from: 0, to: editor.state.doc.length, insert: text },
          selection: EditorSelection.cursor(head),
          effects: editor.scrollSnapshot(),
        });
      },
    }),
    [],
  );

  // The editor is made once per mount: initialText only seeds it, and the parent remounts it
  // (a new key) to load another version.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (host.current === null) return;
    const assessor = new LiveAssessor();
    const editor = new EditorView({
      parent: host.current,
      doc: initialText,
      extensions: [
        basicSetup,
        yaml(),
        // Long comment lines wrap: the editor never scrolls sideways, after an error or not.
        EditorView.lineWrapping,
        EditorState.readOnly.of(readOnly),
        lintGutter(),
        linter(
          async (v) => {
            const doc = v.state.doc;
            const result = await assessor.assess(doc.toString(), callbacks.current.rules);
            if (result === null) return [];
            callbacks.current.onAssessed(result);
            return result.diagnostics.map((d) => lintMark(doc, d));
          },
          { delay: ASSESS_DELAY_MS },
        ),
        // The JSON import types every literal; it is a draft-7 schema, read through SchemaNode.
        autocompletion({ override: [schemaCompletion(schema as unknown as SchemaNode)] }),
        EditorView.contentAttributes.of({
          'aria-label': readOnly ? 'Model YAML (read only)' : 'Model YAML',
          'aria-readonly': String(readOnly),
        }),
        // The server's content security policy admits the editor's <style> by this nonce.
        EditorView.cspNonce.of(
          document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '',
        ),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
        }),
      ],
    });
    // The scroller takes the keyboard too (arrow keys, Page Down) for someone reading, not
    // editing: a scrollable region must be reachable without a mouse.
    editor.scrollDOM.tabIndex = 0;
    view.current = editor;
    return () => {
      editor.destroy();
      assessor.close();
      view.current = null;
    };
    // The editor is made once per mount; the parent remounts it (key) to load another text.
  }, []);

  return <div className={readOnly ? 'editor editor--read-only' : 'editor'} ref={host} />;
}
