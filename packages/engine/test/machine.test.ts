import { describe, expect, it } from 'vitest';
import { measure } from '../cli/bench.ts';
import { describeLoad, describeMachine, readMachine } from '../cli/machine.ts';

describe('benchmarks say what they run on', () => {
  it('names the CPU, the cores, Node and the load per core', () => {
    const m = readMachine();
    expect(m.cores).toBeGreaterThan(0);
    expect(describeMachine(m)).toContain(`${m.cores} cores, Node ${process.version}`);
    expect(describeLoad({ ...m, cores: 2, load: [3, 2, 1] })).toBe(
      'load average 3.00 / 2.00 / 1.00 (1, 5, 15 min), 1.5 per core',
    );
  });

  it('counts work per second of CPU as well as per second of wall time', () => {
    let x = 0;
    const r = measure(
      () => {
        for (let i = 0; i < 1000; i++) x += Math.sqrt(i);
      },
      3,
      20,
    );
    expect(x).toBeGreaterThan(0);
    expect(r.cpu).toBeGreaterThan(0);
    // A process never gets more than its threads' worth of CPU in a second of wall time.
    expect(r.wall).toBeLessThanOrEqual(r.cpu * 4);
    expect(r.share).toBeGreaterThan(0);
  });
});
