import { ensureClientBuild } from '../../scripts/ensureClientBuild.js';

/** Browser tests run against the built PWA, as `npm start` serves it. */
export default async function setup(): Promise<void> {
  await ensureClientBuild();
}
