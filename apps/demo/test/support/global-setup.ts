import type { TestProject } from 'vitest/node';
import { startDemoServer } from './demo-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The demo's root URL, served by Vite for this test run. */
    demoUrl: string;
  }
}

/** One demo server for the whole run, started before the first test file and closed after the last. */
export default async function setup(project: TestProject) {
  const { server, url } = await startDemoServer();
  project.provide('demoUrl', url);
  return async () => {
    await server.close();
  };
}
