/** Builds the page's bundle and serves it once for every browser test file. */
import type { TestProject } from 'vitest/node';
import { buildBundle } from './build-bundle';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    harnessUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer(await buildBundle());
  project.provide('harnessUrl', server.url);
  return () => server.close();
}
