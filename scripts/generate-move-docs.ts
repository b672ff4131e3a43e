/** Writes docs/moves/<id>.md and docs/moves/README.md from the moves' metadata (npm run generate). */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { moveDoc, moveIndex } from '../src/advice/move-docs.js';
import { BUILTIN_MOVES } from '../src/advice/moves/index.js';

const dir = join(import.meta.dirname, '..', 'docs', 'moves');
mkdirSync(dir, { recursive: true });
for (const file of readdirSync(dir)) rmSync(join(dir, file));
for (const move of BUILTIN_MOVES)
  writeFileSync(join(dir, `${move.meta.id}.md`), moveDoc(move.meta));
writeFileSync(join(dir, 'README.md'), moveIndex(BUILTIN_MOVES.map((m) => m.meta)));
console.log(`wrote ${BUILTIN_MOVES.length} move docs to docs/moves/`);
