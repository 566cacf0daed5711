import { arch, cpus, loadavg, platform } from 'node:os';

/** What a figure was measured on: CPU model, cores, Node version and the load average now. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  readonly os: string;
  readonly load: readonly [number, number, number];
}

/** Reads the machine and its current load average (1, 5, 15 minutes). */
export function readMachine(): Machine {
  const list = cpus();
  const [one, five, fifteen] = loadavg();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown CPU',
    cores: list.length,
    node: process.version,
    os: `${platform()} ${arch()}`,
    load: [one ?? 0, five ?? 0, fifteen ?? 0],
  };
}

/** One line: `load average 12.47 / 13.56 / 11.66 (1, 5, 15 min) — 6.2 per core`. */
export function describeLoad(m: Machine): string {
  const [a, b, c] = m.load;
  return `load average ${a.toFixed(2)} / ${b.toFixed(2)} / ${c.toFixed(2)} (1, 5, 15 min), ${(a / m.cores).toFixed(1)} per core`;
}

/** One line naming the machine, so a figure is never read without it. */
export function describeMachine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, Node ${m.node}, ${m.os}`;
}
