/**
 * An injection corpus in every user-written field of a shipped example (names, notes, titles,
 * reasons, decision logs, design-space options) and a provider id made of the diagram
 * languages' metacharacters: the HTML report escapes all of it (and a browser runs none of it,
 * even with the page's Content-Security-Policy taken away), the Markdown keeps it text, and
 * the exports keep it inside labels.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { buildReport } from '../../src/report/document/build-report.js';
import { reportHtml } from '../../src/report/html/report-html.js';
import { reportMarkdown } from '../../src/report/markdown/report-markdown.js';
import { launchBrowser, openWatched } from './browser.js';
import { EVIL_ID, HOSTILE, hostileModel, inputsFor } from './support.js';

const EXAMPLE = 'light-mvno-on-enabler.yaml';
const hostileText = hostileModel(EXAMPLE, 'lattice-mvne');
const inputs = inputsFor(hostileText, 'hostile.yaml');
const { model } = inputs.loaded;
const report = buildReport(inputs);

let html: string;
let browser: Browser;
let dir: string;
beforeAll(async () => {
  html = await reportHtml(report, { generator: 'mvnoscope test' });
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'mvnoscope-injection-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every attribute name in every tag of a page, parsed the way a browser tokenises tags. */
function attributeNames(page: string): string[] {
  const names: string[] = [];
  for (const [, attributes = ''] of page.matchAll(/<[A-Za-z][\w:-]*([^>]*)>/g))
    for (const [, name = ''] of attributes.matchAll(
      /([^\s=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g,
    ))
      names.push(name.toLowerCase());
  return names;
}

describe('a hostile model in the HTML report', () => {
  it('reaches the page: the corpus is in the model the report was made from', () => {
    const { declared } = inputs.loaded;
    expect(model.operator.name).toBe(HOSTILE[0]);
    expect(model.providers.map((p) => p.id)).toContain(EVIL_ID);
    const hostile = new Set<string>(HOSTILE);
    const carrying = {
      capabilities: model.capabilities.filter((c) => hostile.has(c.name)).length,
      groups: model.groups.filter((g) => hostile.has(g.name)).length,
      providers: model.providers.filter((p) => hostile.has(p.name)).length,
      decisions: (model.decisions ?? []).filter((d) => hostile.has(d.title)).length,
      options: (model.design_space?.decisions ?? [])
        .flatMap((d) => d.options)
        .filter((o) => hostile.has(o.name ?? '')).length,
    };
    for (const [field, count] of Object.entries(carrying)) expect(count, field).toBeGreaterThan(0);
    const written = JSON.stringify(declared);
    for (const hostile of HOSTILE) expect(written).toContain(JSON.stringify(hostile).slice(1, -1));
  });

  it('carries no markup of its own: no script, image or event handler anywhere', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg onload/i);
    expect(html).not.toMatch(/<\/script/i);
    expect(html).not.toMatch(/<!--/);
    // No tag holds an event handler, not even inside an attribute's value; "onerror=" is only
    // ever the text of the escaped string.
    expect(html).not.toMatch(/<[^>]*\bon\w+\s*=/i);
    const handlers = [...html.matchAll(/onerror=/g)].map((m) => html.slice(m.index - 14, m.index));
    expect(handlers.length).toBeGreaterThan(0);
    for (const before of handlers) expect(before).toBe('&lt;img src=x ');
    const names = attributeNames(html);
    expect(names.filter((n) => n.startsWith('on'))).toEqual([]);
    expect(names).not.toContain("x='");
    // The operator's name is the page title, escaped.
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;: ');
  });

  it('runs none of it in a browser, even without the Content-Security-Policy', async () => {
    for (const [label, page] of [
      ['with CSP', html],
      ['without CSP', html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')],
    ] as const) {
      expect(page.includes('Content-Security-Policy')).toBe(label === 'with CSP');
      const file = join(dir, `${label.replace(/ /g, '-')}.html`);
      await writeFile(file, page);
      const url = pathToFileURL(file).href;
      const watched = await openWatched(browser, url);
      try {
        expect(watched.dialogs, label).toEqual([]);
        expect(watched.errors, label).toEqual([]);
        expect(watched.requests, label).toEqual([url]);
        // Evaluated in the page (as text: the tests are typed without the DOM library).
        const active = await watched.page.evaluate(`({
          elements: document.querySelectorAll('script, img, iframe, object, embed, foreignObject').length,
          handlers: [...document.querySelectorAll('*')]
            .flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on'))).length,
        })`);
        expect(active, label).toEqual({ elements: 0, handlers: 0 });
        // Shown as the text it is: the operator's name in the title, providers' in the diagram.
        expect(await watched.page.locator('h1').textContent()).toContain(HOSTILE[0]);
        const diagram =
          (await watched.page.locator('#figure-dependency-diagram .drawing svg').textContent()) ??
          '';
        const shown = model.providers.filter((p) => !/\s\s|\n/.test(p.name));
        expect(shown.length).toBeGreaterThan(5);
        for (const provider of shown) expect(diagram, label).toContain(provider.name);
      } finally {
        await watched.page.close();
      }
    }
  });
});

describe('a hostile model in the Markdown report', () => {
  const markdown = reportMarkdown(report);

  it('keeps every string text: no tag, link or table break of its own', () => {
    // Outside code blocks, every "<" is escaped; the Mermaid block carries entities only.
    const prose = markdown.replace(/```mermaid[\s\S]*?```/g, '');
    expect(prose).not.toMatch(/(^|[^\\])</m);
    expect(prose).not.toMatch(/(^|[^\\])\[link\]/m);
    const mermaid = markdown.match(/```mermaid\n([\s\S]*?)```/)?.[1] ?? '';
    expect(mermaid).not.toMatch(/<(?!br\/>)/);
    expect(mermaid).not.toContain('%%');
    expect(mermaid).not.toContain('```');
    // Every table row has as many cells as its header.
    for (const table of prose.split(/\n\n/).filter((b) => b.startsWith('| '))) {
      const rows = table.split('\n');
      const cells = (row: string) => row.split(/(?<!\\)\|/).length;
      for (const row of rows) expect(cells(row), row).toBe(cells(rows[0] ?? ''));
    }
  });
});

describe('a hostile model exported', () => {
  it('keeps DOT and Mermaid labels closed, from the command line', async () => {
    const file = join(dir, 'hostile.yaml');
    await writeFile(file, hostileText);
    const outputs: Record<string, string> = {};
    for (const format of ['dot', 'mermaid']) {
      let stdout = '';
      const code = await run(['export', file, '--format', format], {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: () => true },
      });
      expect(code).toBe(0);
      outputs[format] = stdout;
    }
    const dot = outputs.dot ?? '';
    // Every line is a statement the writer makes; user text sits only in escaped labels.
    for (const line of dot.trimEnd().split('\n'))
      expect(line).toMatch(
        /^(digraph dependencies \{|\}| {2}(graph|node|edge) \[.*\];| {2,4}[cp]\d+ \[label=".*"(, [a-z0-9]+=("[^"]*"|[\d.]+))*\];| {2}[cp]\d+ -> p\d+( \[.*\])?;| {2}subgraph cluster_g\d+ \{| {4}label=".*";| {4}style=.*;| {2}\})$/,
      );
    // Inside each label, every quote is escaped: no label ends early.
    for (const [, label = ''] of dot.matchAll(/label="((?:[^"\\]|\\.)*)"/g))
      expect(label).not.toMatch(/(^|[^\\])(\\\\)*"/);
    expect(dot).not.toContain(EVIL_ID);
    const mermaid = outputs.mermaid ?? '';
    expect(mermaid).not.toContain('%%');
    expect(mermaid).not.toContain(EVIL_ID);
    expect(mermaid).not.toMatch(/<(?!br\/>)/);
  });
});
