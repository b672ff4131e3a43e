/**
 * The shipped example models, bundled with the app: each is its own chunk, fetched only when
 * a user creates a model from it. The blank starter is the core's, as `mvnoscope init` writes it.
 */
import { starterModel } from '../../src/model/starter-model.js';

const EXAMPLES = import.meta.glob<string>('../../examples/*.yaml', {
  query: '?raw',
  import: 'default',
});

export interface ExampleModel {
  readonly name: string;
  readonly load: () => Promise<string>;
}

export const EXAMPLE_MODELS: readonly ExampleModel[] = [
  { name: 'starter', load: async () => starterModel() },
  ...Object.entries(EXAMPLES)
    .map(([path, load]) => ({ name: path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length), load }))
    .sort((a, b) => a.name.localeCompare(b.name)),
];
