/**
 * Starts a worker thread from a module next to this one: the compiled entry (.js) in a build;
 * under tsx and the test runner, where the module is TypeScript, a small bootstrap that
 * registers tsx first.
 */
import { Worker } from 'node:worker_threads';

export function startWorker(module: string): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL(`./${module}.js`, import.meta.url));
  const entry = new URL(`./${module}.ts`, import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}
