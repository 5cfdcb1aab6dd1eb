import { parseArgs } from 'node:util';
import { chaosFailed, defaultChaos, runChaos } from '../tests/chaos/chaosRun.js';

/*
 * npm run chaos [-- --devices 200 --kills 20 --asks 3 --votes 5 --slow-readers 10 --no-faults]
 * After the kills: a round of phones that stop reading, and one of a full disk (ENOSPC, strace).
 * Prints one JSON line; exits non-zero when anything acknowledged was lost, stored twice or
 * counted wrong, or the server died of something other than the battery's kill -9.
 */
const { values } = parseArgs({
  options: {
    devices: { type: 'string', default: String(defaultChaos.devices) },
    kills: { type: 'string', default: String(defaultChaos.kills) },
    asks: { type: 'string', default: String(defaultChaos.asksPerDevice) },
    votes: { type: 'string', default: String(defaultChaos.votesPerDevice) },
    'no-faults': { type: 'boolean', default: false },
    'slow-readers': { type: 'string', default: String(defaultChaos.slowReaders) },
  },
});
const report = await runChaos({
  devices: Number(values.devices),
  kills: Number(values.kills),
  asksPerDevice: Number(values.asks),
  votesPerDevice: Number(values.votes),
  faults: defaultChaos.faults && !values['no-faults'],
  slowReaders: Number(values['slow-readers']),
  fullDisk: (defaultChaos.fullDisk ?? false) && !values['no-faults'],
});
console.log(JSON.stringify(report));
process.exit(chaosFailed(report) ? 1 : 0);
