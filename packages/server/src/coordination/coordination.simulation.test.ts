import { describe, expect, it } from 'vitest';
import { runScenario, type SimulationSize } from './coordination.simulation.ts';

// Smaller than the ADR's run, same shapes: every scenario on top of an ordinary busy day.
const SIZE: SimulationSize = {
  people: 120,
  posts: 900,
  newcomers: 15,
  raiders: 50,
  campaigners: 20,
};

describe('the coordination detector on simulated traffic', () => {
  it('raises nothing on an ordinary busy day', async () => {
    const r = await runScenario('busy_day', SIZE, 5);
    expect(r.alertsByKind.size).toBe(0);
    expect(r.flagged).toBe(0);
  });

  it('sees a raid of fifty new accounts on one person: convergence and a burst of sign-ups', async () => {
    const r = await runScenario('raid', SIZE, 5);
    expect(r.alertsByKind.get('convergence')).toBe(1);
    expect(r.alertsByKind.get('signup_burst')).toBe(1);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('sees a copy-paste campaign as one alert', async () => {
    const r = await runScenario('copy_paste', SIZE, 5);
    expect(r.alertsByKind.get('copy_paste')).toBe(1);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('sees an undeclared bot, and not the declared one beside it', async () => {
    const r = await runScenario('undeclared_bot', SIZE, 5);
    expect(r.alertsByKind.get('undeclared_automation')).toBe(1);
    expect(r.truePositives).toBe(1);
    expect(r.falsePositives).toBe(0);
  });
}, 120_000);
