import type { TestProject } from 'vitest/node';
import { buildAndServeApp } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string;
  }
}

/** Builds the app once, serves it for all browser tests, and stops the server after them. */
export default async function setup(project: TestProject) {
  const server = await buildAndServeApp();
  project.provide('e2eBaseUrl', server.url);
  return () => server.close();
}
