/**
 * Reads an XML source (ArchiMate exchange files, Archi's .archimate) into a small element tree
 * with the line of every element, with saxes: a maintained, well-formedness-checking SAX
 * parser that expands no external entities and no DTD, so a hostile file cannot reach the disk
 * or the network. The loader's size and depth limits apply here as well.
 */
import { SaxesParser } from 'saxes';
import type { LoadLimits } from '../model/load/limits.js';
import { refusal } from './import-refusal.js';

export interface XmlElement {
  /** The name without its namespace prefix (`element`, `relationship`). */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
  /** The element's path in the document: /model/elements/element[3]. */
  readonly path: string;
}

export function readXml(text: string, file: string, limits: LoadLimits): XmlElement {
  if (text.length > limits.maxChars)
    throw refusal(
      file,
      { line: 1, column: 1 },
      `the file has ${text.length.toLocaleString('en')} characters; the limit is ${limits.maxChars.toLocaleString('en')}`,
      { code: 'limit-exceeded' },
    );
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  const counts: Map<string, number>[] = [new Map()];
  let root: XmlElement | undefined;
  let failure: { error: Error; line: number; column: number } | undefined;
  parser.on('error', (error) => {
    failure ??= { error, line: parser.line, column: parser.column };
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= limits.maxDepth)
      throw refusal(
        file,
        { line: parser.line, column: parser.column },
        `nesting deeper than ${limits.maxDepth} levels`,
        { code: 'limit-exceeded' },
      );
    const name = localName(tag.name);
    const siblings = counts.at(-1) ?? new Map<string, number>();
    const index = (siblings.get(name) ?? 0) + 1;
    siblings.set(name, index);
    const parent = stack.at(-1);
    const element: XmlElement = {
      name,
      attributes: attributesOf(tag.attributes as Record<string, string>),
      children: [],
      text: '',
      line: parser.line,
      path: `${parent?.path ?? ''}/${name}[${index}]`,
    };
    if (parent === undefined) root = element;
    else parent.children.push(element);
    stack.push(element);
    counts.push(new Map());
  });
  parser.on('text', (chunk) => {
    const current = stack.at(-1);
    if (current !== undefined) current.text += chunk;
  });
  parser.on('closetag', () => {
    stack.pop();
    counts.pop();
  });
  parser.write(text).close();
  if (failure !== undefined || root === undefined) {
    const message = (failure?.error.message ?? 'no root element').replace(/^[^:]*:\d+:\d+: /, '');
    throw refusal(
      file,
      { line: failure?.line ?? parser.line, column: failure?.column ?? parser.column },
      `not well-formed XML: ${message}`,
      { code: 'xml-syntax' },
    );
  }
  return root;
}

function localName(name: string): string {
  return name.includes(':') ? (name.split(':').at(-1) ?? name) : name;
}

/** Attributes keyed by local name too (`xsi:type` also as `type`), the prefixed spelling kept. */
function attributesOf(raw: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    out[key] = value;
    const local = localName(key);
    if (out[local] === undefined) out[local] = value;
  }
  return out;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** Every descendant (depth first, document order) with this name. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (const child of node.children) {
      if (child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}
