/** Starts the API on a port: opens (and migrates) the database, then listens. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type DatabaseConfig, openDatabase } from '../storage/database.js';
import { AnalysisCache } from './analysis-cache.js';
import { AnalysisPool } from './analysis-pool.js';
import { createApp } from './app.js';
import { DownloadWorkers } from './downloads.js';
import { JobRunner } from './jobs.js';
import { defaultWebRoot } from './web-app.js';

export interface ServerOptions {
  readonly database: DatabaseConfig;
  readonly port: number;
  readonly host: string;
  /** The web app's build; by default the package's dist/web. */
  readonly webRoot?: string;
}

export interface RunningServer {
  /** The base URL, with the port actually bound (useful when asking for port 0). */
  readonly url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const database = await openDatabase(options.database);
  const jobs = new JobRunner();
  // One pool for the analyses and the rest of the model work, so together they use the cores.
  const pool = new AnalysisPool();
  const analyses = new AnalysisCache(pool);
  const downloads = new DownloadWorkers();
  const app = createApp({
    db: database.db,
    jobs,
    analyses,
    work: pool,
    downloads,
    webRoot: options.webRoot ?? defaultWebRoot(),
  });
  try {
    const { server, address } = await new Promise<{
      server: ReturnType<typeof serve>;
      address: AddressInfo;
    }>((resolve, reject) => {
      const server = serve(
        { fetch: app.fetch, port: options.port, hostname: options.host },
        (address) => resolve({ server, address }),
      );
      server.once('error', reject);
    });
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
      url: `http://${host}:${address.port}`,
      close: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await Promise.all([jobs.close(), analyses.close(), downloads.close()]);
        await database.close();
      },
    };
  } catch (error) {
    await Promise.all([jobs.close(), analyses.close(), downloads.close()]);
    await database.close();
    throw error;
  }
}
