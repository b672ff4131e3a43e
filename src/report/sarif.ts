/**
 * Findings as SARIF 2.1.0 (OASIS), the format code-scanning dashboards read: one run, the
 * rules that ran as the tool's rule descriptors, each finding a result located at its first
 * piece of evidence in the model file, accepted risks as accepted suppressions, and the
 * finding's stable id as a partial fingerprint so dashboards track it across edits.
 */
import type { Finding } from '../rules/finding.js';
import type { RuleMeta, Severity } from '../rules/rule.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** GitHub reads `security-severity` (0–10) to rank security results. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '7.5',
  medium: '5.0',
  low: '2.5',
};

export interface SarifInput {
  readonly file: string;
  readonly toolVersion: string;
  readonly rules: readonly RuleMeta[];
  readonly findings: readonly Finding[];
}

export function toSarif({ file, toolVersion, rules, findings }: SarifInput) {
  const metas = [...rules];
  for (const finding of findings) {
    if (!metas.some((m) => m.id === finding.ruleId)) metas.push(syntheticMeta(finding));
  }
  const indexOf = new Map(metas.map((m, i) => [m.id, i]));
  const uris = [
    file,
    ...new Set(
      findings.flatMap((f) =>
        f.evidence.flatMap((e) => (e.file === undefined || e.file === file ? [] : [e.file])),
      ),
    ),
  ].map(toUri);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'mvnoscope',
            version: toolVersion,
            rules: metas.map((meta) => ({
              id: meta.id,
              name: pascalCase(meta.id),
              shortDescription: { text: meta.title },
              fullDescription: { text: meta.rationale },
              help: {
                text: `${meta.detects}\n\n${meta.recommendation}`,
                markdown: `**Detects:** ${meta.detects}\n\n**What to do:** ${meta.recommendation}\n\n${meta.references.map((r) => `- ${r}`).join('\n')}`,
              },
              defaultConfiguration: { level: LEVEL[meta.severity] },
              properties: {
                tags: [...new Set(['mvnoscope', meta.category, ...meta.layers])],
                'security-severity': SECURITY_SEVERITY[meta.severity],
              },
            })),
          },
        },
        artifacts: uris.map((uri) => ({ location: { uri } })),
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: indexOf.get(finding.ruleId) ?? 0,
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [location(uris, finding.evidence[0])],
          ...(finding.evidence.length > 1
            ? {
                relatedLocations: finding.evidence
                  .slice(1)
                  .map((e, i) => ({ id: i + 1, ...location(uris, e) })),
              }
            : {}),
          partialFingerprints: { 'mvnoscopeFindingId/v1': finding.id },
          properties: { findingId: finding.id, severity: finding.severity },
          ...(finding.acceptance === undefined
            ? {}
            : {
                suppressions: [
                  {
                    kind: 'external' as const,
                    status: 'accepted' as const,
                    justification: `${finding.acceptance.reason} (owner ${finding.acceptance.owner}, until ${finding.acceptance.expires})`,
                  },
                ],
              }),
        })),
      },
    ],
  };
}

function toUri(path: string): string {
  return path.replace(/\\/g, '/');
}

function location(uris: readonly string[], evidence: Finding['evidence'][number] | undefined) {
  const uri = toUri(evidence?.file ?? uris[0] ?? '');
  return {
    physicalLocation: {
      artifactLocation: { uri, index: Math.max(0, uris.indexOf(uri)) },
      region: { startLine: evidence?.line ?? 1, startColumn: evidence?.column ?? 1 },
    },
    ...(evidence === undefined
      ? {}
      : { logicalLocations: [{ fullyQualifiedName: evidence.path, kind: 'member' }] }),
  };
}

/** A finding whose rule is not among those given (an acceptance that lapsed) still needs a descriptor. */
function syntheticMeta(finding: Finding): RuleMeta {
  return {
    id: finding.ruleId,
    title: finding.title,
    category: finding.category,
    layers: finding.layers,
    severity: finding.severity,
    rationale: finding.title,
    references: ['mvnoscope accepted-risk register'],
    detects: finding.title,
    recommendation: finding.recommendation,
  };
}

function pascalCase(id: string): string {
  return id
    .split(/[-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
