/**
 * What an importer reads out of a source file before any mvnoscope meaning is given to it: the
 * source's own elements (nodes, links, data assets) with where each was found, and the
 * elements it already knows it cannot use. Every element a format parser meets ends up in
 * exactly one of these lists, so "source elements = mapped + unmapped" holds by construction
 * and is checked against an independent count in the tests.
 */

/** Where an element was found: the file, its path in the source (JSON path or XML path), its line. */
export interface SourceLocation {
  readonly file: string;
  readonly path: string;
  readonly line?: number;
}

/** Any element of a source, as the unmapped list and provenance comments name it. */
export interface SourceElement {
  /** The source's own type: `service`, `ApplicationComponent`, `technical_asset`, … */
  readonly type: string;
  /** The source's own identifier (bom-ref, ArchiMate identifier, Threagile id, …). */
  readonly ref: string;
  readonly name: string;
  readonly at: SourceLocation;
}

/** A thing that may become a provider: a service, an application component, a container. */
export interface SourceNode extends SourceElement {
  readonly description?: string;
  /** Free-form properties the mapping rules may match (ArchiMate properties, tags, …). */
  readonly properties: Readonly<Record<string, string>>;
  /** Refs of nodes this one runs on (ArchiMate realisation by a node, Threagile trust boundary …). */
  readonly hostedOn?: readonly string[];
  /** The organisation that supplies it, when the source names one (CycloneDX provider.name). */
  readonly supplier?: string;
  /** A jurisdiction the source states (ISO 3166-1 alpha-2), rarely known. */
  readonly jurisdiction?: string;
  /** Capabilities the format itself derives (a TM Forum component's exposed APIs …). */
  readonly capabilities?: readonly string[];
  /**
   * Not an element of the source but the far end one implies (the provider of a TM Forum
   * component's dependent API): written as a provider, never counted as a mapped element.
   */
  readonly synthetic?: boolean;
}

/** A link between two nodes: a data flow, a serving relationship, a dependent API. */
export interface SourceLink extends SourceElement {
  readonly from: string;
  readonly to: string;
  /** The protocol as the source spells it (`https`, `openapi`, `jdbc`, …); mapped by the rules. */
  readonly protocol?: string;
  readonly authenticated?: boolean;
  readonly encrypted?: boolean;
  readonly internetFacing?: boolean;
  /** Refs of the data assets that cross it. */
  readonly data?: readonly string[];
  /**
   * What the link means when it is not a flow between two systems: `hosting` (`to` runs on
   * `from`: becomes `hosted_on`), `holds` (node `from` stores or uses data asset `to`: becomes
   * `held_by`). Omitted: a flow, which becomes an integration.
   */
  readonly role?: 'hosting' | 'holds';
}

/** A data asset: becomes a data class when the source says who holds it. */
export interface SourceData extends SourceElement {
  /** mvnoscope sensitivity, when the source's own scale translates. */
  readonly sensitivity?: 'public' | 'internal' | 'confidential' | 'restricted';
  /** Refs of nodes that store or process it. */
  readonly heldBy: readonly string[];
}

export interface Unmapped {
  readonly element: SourceElement;
  readonly reason: string;
}

export interface SourceGraph {
  /** The import format's name (`cyclonedx`, `archimate`, …). */
  readonly format: string;
  readonly file: string;
  /** A title for the operator placeholder: the project, workspace or model name. */
  readonly title?: string;
  /** A date the source states (ISO YYYY-MM-DD), for the operator's `as_of` placeholder. */
  readonly date?: string;
  readonly nodes: readonly SourceNode[];
  readonly links: readonly SourceLink[];
  readonly data: readonly SourceData[];
  readonly unmapped: readonly Unmapped[];
  /**
   * Source elements folded into a model entry rather than becoming one of their own (a TM
   * Forum component's exposed APIs become its `supplies`): counted as mapped.
   */
  readonly absorbed?: number;
}

/** One line of provenance: "bom.json services[0].services[1], line 58". */
export function describeLocation(at: SourceLocation): string {
  const line = at.line === undefined ? '' : `, line ${at.line}`;
  return `${baseName(at.file)} ${at.path}${line}`;
}

export function baseName(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}

/** Text from a source made safe for a one-line YAML comment: no line breaks, bounded. */
export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
