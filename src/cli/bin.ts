/** Process entry: runs the CLI and exits with its code. */
import { run } from './main.js';

process.exitCode = await run(process.argv.slice(2));
