import type { TestProject } from 'vitest/node';
import { ensureClientBuild } from '../../scripts/ensureClientBuild.js';
import { launchChromiumServer } from '../support/browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium every test file of the run connects to (`launchBrowser`), instead of starting one each. */
    chromiumEndpoint: string;
  }
}

/** Browser tests run against the built PWA, as `npm start` serves it, in one Chromium started here. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await ensureClientBuild();
  const chromium = await launchChromiumServer();
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  return () => chromium.close();
}
