import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/report/document/document.js';
import { inlineSvg } from '../../src/report/html/inline-svg.js';
import { drawFigures, reportHtml } from '../../src/report/html/report-html.js';
import { markdownInline, markdownText } from '../../src/report/markdown/markdown-text.js';
import { reportMarkdown } from '../../src/report/markdown/report-markdown.js';

/** A small document with one of each block, and user text that needs escaping everywhere. */
const DOCUMENT: ReportDocument = {
  title: 'Op <b>1</b>: Light MVNO',
  subtitle: 'GB · consumer',
  source: 'model "a".yaml',
  sections: [
    {
      id: 'summary',
      title: 'Summary & type',
      blocks: [
        { kind: 'paragraph', text: '- not a list <i>x</i>' },
        { kind: 'list', items: ['1. first', 'two | three'] },
        { kind: 'figures', items: [{ label: 'Subscribers', value: '1,000' }] },
        {
          kind: 'figure',
          id: 'spend',
          title: 'Spend by group',
          body: {
            kind: 'chart',
            // Lines, not bars: Vega numbers the clip paths of bars for the whole process, so a
            // bar chart drawn twice differs in its ids, and "drawings made ahead" compares two.
            spec: {
              template: 'lockin',
              datasets: {
                curves: [
                  { dependency: '<script>alert(1)</script>', date: '2026-01-01', cost: 600 },
                  { dependency: '<script>alert(1)</script>', date: '2026-02-01', cost: 500 },
                ],
                capacity: [],
                noReturn: [],
              },
              slots: { costTitle: 'cost to exit (GBP)' },
            },
            table: {
              columns: [
                { title: 'group', align: 'left' },
                { title: 'share', align: 'right' },
              ],
              rows: [['<script>alert(1)</script>', '60%']],
            },
          },
          assumptions: ['Spend a month, from the cost lines.'],
        },
      ],
    },
    {
      id: 'findings',
      title: 'Findings',
      blocks: [
        {
          kind: 'figure',
          id: 'register',
          title: 'Register',
          body: {
            kind: 'table',
            table: {
              columns: [
                { title: 'severity', align: 'left' },
                { title: 'finding', align: 'left' },
              ],
              rows: [[{ text: 'critical', tone: 'critical' }, 'a | b\nc']],
            },
          },
          assumptions: ['Built-in rules.', 'Accepted risks from the model.'],
        },
      ],
    },
  ],
};

describe('the HTML renderer', () => {
  it('escapes every string, numbers the figures and states their assumptions', async () => {
    const html = await reportHtml(DOCUMENT, { generator: 'mvnoscope test' });
    expect(html).toContain('<h1>Op &lt;b&gt;1&lt;/b&gt;: Light MVNO</h1>');
    expect(html).toContain('<h2>Summary &amp; type</h2>');
    expect(html).toContain('<p>- not a list &lt;i&gt;x&lt;/i&gt;</p>');
    expect(html).toMatch(/<figcaption id="[\w-]+-caption">Figure 1\. Spend by group<\/figcaption>/);
    expect(html).toMatch(/<figcaption id="[\w-]+-caption">Figure 2\. Register<\/figcaption>/);
    expect(html).toContain('<li>Accepted risks from the model.</li>');
    expect(html).toContain('<span class="badge critical">critical</span>');
    expect(html).toContain('from model &quot;a&quot;.yaml');
    expect(html).toContain('<a href="#findings">Findings</a>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<i>|<b>/);
  });

  it('draws charts to inline SVG, with the data in a table beside them', async () => {
    const html = await reportHtml(DOCUMENT, { generator: 'mvnoscope test' });
    expect(html.match(/<svg[\s>]/g)).toHaveLength(1);
    expect(html).not.toContain('<?xml');
    // Vega escapes the text it draws (report charts write no ARIA of their own: chart-style.ts).
    expect(html).toMatch(/<text[^>]*>&lt;script&gt;alert\(1\)/);
    expect(html).toContain('<td class="num">60%</td>');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  });
});

describe('drawings made ahead', () => {
  it('serve a later document only where they draw the same content', async () => {
    const drawings = await drawFigures(DOCUMENT);
    expect(drawings.size).toBe(1);
    const fresh = await reportHtml(DOCUMENT, { generator: 'g' });
    expect(await reportHtml(DOCUMENT, { generator: 'g', drawings })).toBe(fresh);
    // A stale drawing under another spec's key is never used for this one.
    const stale: typeof drawings = new Map([...drawings].map(([key]) => [`${key} `, '<svg/>']));
    expect(await reportHtml(DOCUMENT, { generator: 'g', drawings: stale })).toBe(fresh);
  });
});

describe('diagrams drawn elsewhere', () => {
  const withDiagram: ReportDocument = {
    ...DOCUMENT,
    sections: [
      {
        id: 'dependencies',
        title: 'Dependencies',
        blocks: [
          {
            kind: 'figure',
            id: 'diagram',
            title: 'Diagram',
            body: {
              kind: 'diagram',
              diagram: { title: 'T', nodes: [], edges: [], clusters: [] },
              table: { columns: [{ title: 'x', align: 'left' }], rows: [] },
            },
            assumptions: ['None.'],
          },
        ],
      },
    ],
  };

  it('come from the drawer given, checked like any other drawing', async () => {
    const asked: string[] = [];
    const drawings = await drawFigures(withDiagram, new Map(), async (dot) => {
      asked.push(dot);
      return '<?xml version="1.0"?><svg><text>laid out elsewhere</text></svg>';
    });
    expect(asked).toEqual([expect.stringMatching(/^digraph dependencies \{/)]);
    expect([...drawings.values()]).toEqual(['<svg><text>laid out elsewhere</text></svg>']);
    await expect(
      drawFigures(withDiagram, new Map(), async () => '<svg><script>alert(1)</script></svg>'),
    ).rejects.toThrow(/Graphviz drew a <script> element/);
  });
});

describe('inlining SVG', () => {
  const svg = (inner: string) =>
    `<?xml version="1.0"?>\n<!DOCTYPE svg>\n<!-- made by a test -->\n<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;

  it('drops the prolog, doctype and comments and keeps the drawing', () => {
    expect(inlineSvg(svg('<text x="1">a &lt; b onerror=x</text>'), 'test')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"><text x="1">a &lt; b onerror=x</text></svg>',
    );
  });

  it.each([
    '<script>alert(1)</script>',
    '<g onload="alert(1)"></g>',
    '<a xlink:href="javascript:alert(1)"><text>x</text></a>',
    '<image href="http://example.com/x.png"/>',
    '<foreignObject><div>x</div></foreignObject>',
    '<rect style="fill: url(http://example.com/x)"/>',
  ])('refuses active content: %s', (inner) => {
    expect(() => inlineSvg(svg(inner), 'test')).toThrow(/must not carry/);
  });

  it('allows references inside the drawing', () => {
    expect(() => inlineSvg(svg('<rect clip-path="url(#clip1)"/>'), 'test')).not.toThrow();
  });
});

describe('the Markdown renderer', () => {
  const markdown = reportMarkdown(DOCUMENT);

  it('writes the sections as headings and the figures as tables with their assumptions', () => {
    expect(markdown).toMatch(/^# Op \\<b\\>1\\<\/b\\>: Light MVNO\n/);
    expect(markdown).toContain('## Summary \\& type');
    expect(markdown).toContain('**Figure 1. Spend by group**');
    expect(markdown).toContain(
      '| group | share |\n|---|---:|\n| \\<script\\>alert(1)\\</script\\> | 60% |',
    );
    expect(markdown).toContain('_Assumptions:_\n\n- Spend a month, from the cost lines.');
    expect(markdown).toContain('| critical | a \\| b c |');
    expect(markdown).toContain('- **Subscribers:** 1,000');
  });

  it('keeps user text from opening lists, headings or HTML', () => {
    expect(markdown).toContain('\\- not a list \\<i\\>x\\</i\\>');
    expect(markdown).toContain('- 1\\. first');
    expect(markdown).toContain('- two \\| three');
  });

  it('escapes inline syntax and defuses line starts', () => {
    expect(markdownInline('*a* _b_ `c` [d](e) <f> | g ~h~ & #i')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\| g \\~h\\~ \\& \\#i',
    );
    expect(markdownText('+ x')).toBe('\\+ x');
    expect(markdownText('12) x')).toBe('12\\) x');
    expect(markdownText('99.5% up')).toBe('99\\.5% up');
    expect(markdownInline('99.5%')).toBe('99.5%');
    expect(markdownText('a\nb\r\nc')).toBe('a b c');
  });
});
