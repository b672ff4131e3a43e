/**
 * What a new model can start from: the blank starter first (what `mvnoscope init` writes),
 * then each shipped archetype with its one-line description, taken from the example's opening
 * comment as `mvnoscope init --archetype list` prints it. An archetype comes either as the
 * worked example or, as `init --archetype` writes it, with its figures marked placeholders.
 */
import { archetypeModel, archetypeSummary } from '../../../src/importers/archetype.js';
import { EXAMPLE_MODELS } from '../examples.js';

export const BLANK = 'starter';

export interface Starter {
  readonly name: string;
  readonly description: string;
}

const BLANK_DESCRIPTION = 'Blank starter: a small light MVNO with a comment on every section';

/** The starters with their descriptions (each archetype's text is fetched once, then kept). */
export async function loadStarters(): Promise<Starter[]> {
  return Promise.all(
    EXAMPLE_MODELS.map(async (example) => ({
      name: example.name,
      description:
        example.name === BLANK ? BLANK_DESCRIPTION : archetypeSummary(await example.load()),
    })),
  ).then((starters) => [
    ...starters.filter((s) => s.name === BLANK),
    ...starters.filter((s) => s.name !== BLANK),
  ]);
}

/** The text a starter gives: the example as shipped, or its structure with placeholders. */
export async function starterText(name: string, placeholders: boolean): Promise<string> {
  const example = EXAMPLE_MODELS.find((e) => e.name === name);
  if (example === undefined) throw new Error(`no starter called ${name}`);
  const text = await example.load();
  return placeholders && name !== BLANK
    ? archetypeModel(text, name, './mvnoscope.schema.json')
    : text;
}
