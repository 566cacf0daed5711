import { cpus, loadavg } from 'node:os';

/** The machine the figures come from: they only compare with figures from the same one. */
export function machineLine(): string {
  const list = cpus();
  const model = list[0]?.model.trim() ?? 'unknown CPU';
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
  return `${model} · ${list.length} cores · load average ${load} (1 / 5 / 15 min)`;
}
