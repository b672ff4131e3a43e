/** The page of each move kind in docs/moves/, generated from its metadata as the rules' are. */
import { LAYER_TITLES } from '../model/layers.js';
import type { MoveMeta } from './move.js';
import { ADVICE_PARAMETER_DEFAULTS, type AdviceParameterName } from './parameters.js';

export function moveDoc(meta: MoveMeta): string {
  const parameters = meta.parameters.map((name) => {
    const known = ADVICE_PARAMETER_DEFAULTS[name as AdviceParameterName];
    return known === undefined
      ? `- \`${name}\` (a parameter of the lock-in economics: docs/lockin.md)`
      : `- \`${name}\` = ${known.value}: ${known.reason}`;
  });
  return [
    `# ${meta.title}`,
    '',
    `\`${meta.id}\` · layers: ${meta.layers.map((l) => LAYER_TITLES[l]).join('; ')}`,
    '',
    meta.rationale,
    '',
    '## When it applies',
    '',
    `${meta.appliesWhen}.`,
    '',
    '## What the patch changes',
    '',
    `${meta.changes}.`,
    '',
    '## Cost parameters',
    '',
    'Set any of them in the model under `advice.parameters`.',
    '',
    ...parameters,
    '',
    '## References',
    '',
    ...meta.references.map((r) => `- ${r}`),
    '',
    'Generated from the move’s metadata (`npm run generate`); how moves are valued: [docs/advice.md](../advice.md).',
    '',
  ].join('\n');
}

export function moveIndex(metas: readonly MoveMeta[]): string {
  return [
    '# Moves',
    '',
    'The kinds of move `mvnoscope advise` proposes, each valued by applying it to the model and re-assessing it (docs/advice.md).',
    '',
    '| Move | Layers | Applies when |',
    '| --- | --- | --- |',
    ...metas.map((m) => `| [${m.title}](${m.id}.md) | ${m.layers.join(', ')} | ${m.appliesWhen} |`),
    '',
  ].join('\n');
}
