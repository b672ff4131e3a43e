/**
 * The web app's build: web/ in, dist/web/ out (served by `mvnoscope serve`). The app imports
 * the pure core from src/ directly, so the browser validates and assesses a model as you type.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // CodeMirror, React Flow and the core together are one app; split only what loads later.
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
    // Rolldown's note on slow plugins is about the worker bundle's own build: not actionable.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});
