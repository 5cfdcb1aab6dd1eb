import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU used so far by a PostgreSQL server (the postmaster on `port` and its backends), from
 * /proc, in µs; null off Linux. Backends that ended before the call are not counted, so read it
 * while the app's connection pools are open.
 */
const tickUs = 1e6 / 100; // USER_HZ is 100 on Linux

function stat(pid: string): { ppid: string; cpuUs: number } | null {
  try {
    // Fields after the command name (which may hold spaces) start at "state".
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { ppid: fields[1]!, cpuUs: (Number(fields[11]) + Number(fields[12])) * tickUs };
  } catch {
    return null;
  }
}

function cmdline(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

export function postgresCpuUs(port: number): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const postmaster = pids.find((pid) => {
    const command = cmdline(pid);
    return command.includes('postgres') && command.includes(` -p ${port} `);
  });
  if (!postmaster) return null;
  let total = 0;
  for (const pid of pids) {
    const s = stat(pid);
    if (s && (pid === postmaster || s.ppid === postmaster)) total += s.cpuUs;
  }
  return total;
}
