/**
 * The shell every self-contained HTML page shares: one file, inline styles, no scripts from
 * elsewhere. The Content-Security-Policy forbids every fetch (`default-src 'none'`), so a page
 * opened offline cannot reach the network even if some string slipped through escaping.
 */
import { escapeHtml } from './escape.js';

export interface HtmlPage {
  readonly title: string;
  /** Body markup, already escaped by its builder. */
  readonly body: string;
  /** Extra CSS for this kind of page. */
  readonly styles?: string;
  readonly generator?: string;
}

const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

export const BASE_STYLES = `
/* Severity colours from the Okabe–Ito palette, darkened for white text (4.5:1 or more):
   red, orange and yellow against blue, told apart with deuteranopia by lightness and hue,
   and never by colour alone (every badge says its severity in words). */
:root { color-scheme: light dark; --bg: #ffffff; --ink: #1d232b; --muted: #5b6675; --rule: #d7dde5;
  --panel: #f5f7fa; --accent: #1f5fae; --critical: #8e1b1b; --high: #b84a00; --medium: #8a6100;
  --low: #00658f; --info: #475569; --dependency: #d55e00; --control: #0072b2;
  --up: #8e1b1b; --down: #00658f; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --ink: #e6edf3; --muted: #9aa5b1; --rule: #30363d; --panel: #161b22;
    --accent: #6cb6ff; --dependency: #e69f00; --control: #56b4e9; --up: #ff9b8a; --down: #79c0ff; }
}
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  background: var(--bg);
  margin: 0 auto; max-width: 1100px; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
p, li { max-width: 75ch; }
.muted, .assumptions { color: var(--muted); font-size: .9rem; }
.assumptions { border-left: 3px solid var(--rule); padding: .25rem .75rem; margin: .75rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.figure { margin: 1rem 0; overflow-x: auto; }
.figure svg { max-width: 100%; height: auto; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .6rem; font-size: .8rem; color: #fff; background: var(--info); }
.badge.critical { background: var(--critical); } .badge.high { background: var(--high); }
.badge.medium { background: var(--medium); } .badge.low { background: var(--low); }
.up { color: var(--up); } .down { color: var(--down); }
a { color: var(--accent); }
nav.toc { background: var(--panel); padding: .75rem 1rem; border-radius: .4rem; }
nav.toc ol { margin: 0; padding-left: 1.25rem; columns: 2; }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }
@page { size: A4; margin: 14mm; }
@media print {
  :root { --bg: #ffffff; --ink: #1d232b; --muted: #5b6675; --rule: #d7dde5; --panel: #f5f7fa; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav.toc { display: none; }
  h2 { break-after: avoid; } table, .figure { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}`;

export function htmlPage(page: HtmlPage): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(page.generator ?? 'mvnoscope')}">
<title>${escapeHtml(page.title)}</title>
<style>${BASE_STYLES}${page.styles ?? ''}</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}
