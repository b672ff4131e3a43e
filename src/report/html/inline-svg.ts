/**
 * SVG made by Graphviz or Vega, made fit to inline in a report page: the XML prolog, doctype
 * and comments are dropped, and every tag is checked for active content. Both tools escape
 * the text they are given, so a model string can only ever be text; the check makes sure of
 * it: a script, an event handler, a link or foreign HTML in the drawing is a bug, and stops
 * the report rather than reaching a reader.
 */
const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'a']);
const TAG = /<\/?([A-Za-z][\w:-]*)([^>]*)>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function inlineSvg(svg: string, producer: string): string {
  const body = svg
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  for (const [, name = '', attributes = ''] of body.matchAll(TAG)) {
    if (FORBIDDEN_ELEMENTS.has(name.toLowerCase()))
      throw new Error(`${producer} drew a <${name}> element, which a report must not carry`);
    for (const [, attribute = '', ...values] of attributes.matchAll(ATTRIBUTE)) {
      const key = attribute.toLowerCase();
      const value = values.find((v) => v !== undefined) ?? '';
      if (key.startsWith('on') || key.endsWith('href') || /url\s*\(\s*['"]?\s*[a-z]+:/i.test(value))
        throw new Error(
          `${producer} drew an attribute ${attribute}, which a report must not carry`,
        );
    }
  }
  return body;
}
