/**
 * Reads a model file from disk for the loader: refuses an oversized file from its size on
 * disk before reading a byte of it, and refuses text that is not UTF-8.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Diagnostic } from '../model/load/diagnostic.js';

export interface ModelFile {
  readonly path: string;
  readonly text: string;
}

export type ReadOutcome =
  | { readonly ok: true; readonly file: ModelFile }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

const MODEL_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

export async function readModelFile(path: string, maxBytes: number): Promise<ReadOutcome> {
  const refuse = (code: string, message: string, suggestion?: string): ReadOutcome => ({
    ok: false,
    diagnostic: {
      severity: 'error',
      code,
      message,
      file: path,
      path: [],
      position: { line: 1, column: 1 },
      suggestion,
    },
  });
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      return refuse(
        'not-a-file',
        'this is a directory, not a model file',
        'name a .yaml or .json file inside it',
      );
    }
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return refuse(
        'file-not-found',
        'no such file',
        'check the path; `mvnoscope init` writes a starter model',
      );
    if (code === 'EACCES') return refuse('file-unreadable', 'permission denied');
    throw error;
  }
  if (size > maxBytes) {
    return refuse(
      'limit-exceeded',
      `the file is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}`,
      'a stack model is rarely over 1 MB; raise the limit with --max-file-size if this one is genuine',
    );
  }
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(
      'not-utf8',
      'the file is not UTF-8 text',
      'save it as UTF-8; is it a binary file?',
    );
  }
  if (!MODEL_EXTENSIONS.has(extname(path).toLowerCase()) && text.includes('\u0000')) {
    return refuse('not-utf8', 'the file contains NUL bytes: it is not a text model');
  }
  return { ok: true, file: { path, text: text.replace(/^\uFEFF/, '') } };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

/** Parses sizes written as 10MB, 512KB or a byte count. */
export function parseByteSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(text);
  if (match?.[1] === undefined)
    throw new Error(`expected a size such as 10MB or 512KB, found "${text}"`);
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('g')
    ? 1024 ** 3
    : unit.startsWith('m')
      ? 1024 ** 2
      : unit.startsWith('k')
        ? 1024
        : 1;
  return Math.floor(Number.parseFloat(match[1]) * factor);
}
