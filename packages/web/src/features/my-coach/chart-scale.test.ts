import { describe, expect, it } from 'vitest';
import { type ChartBox, linePath, scaleTone } from './chart-scale.ts';

const box: ChartBox = { width: 120, height: 70, top: 10, right: 10, bottom: 10, left: 10 };
const week = (average: number | null, max: number | null, name = '2026-01-05') => ({
  week: name,
  average_toxicity: average,
  max_toxicity: max,
});

describe('scaling the tone chart', () => {
  it('spreads weeks from the left edge to the right edge of the plot', () => {
    const geometry = scaleTone([week(0, 0), week(0.5, 1), week(1, 1)], box);
    expect(geometry.xs).toEqual([10, 60, 110]);
  });

  it('maps 0 to the bottom and 1 to the top, on a fixed axis', () => {
    const geometry = scaleTone([week(0, 1), week(0.5, 0.25)], box);
    expect(geometry.average.map((p) => p?.y)).toEqual([60, 35]);
    expect(geometry.max.map((p) => p?.y)).toEqual([10, 47.5]);
    expect(geometry.ticks).toEqual([
      { value: 0, y: 60 },
      { value: 0.5, y: 35 },
      { value: 1, y: 10 },
    ]);
  });

  it('centres a single week and clamps scores outside 0–1', () => {
    const geometry = scaleTone([week(1.4, -0.2)], box);
    expect(geometry.average[0]).toEqual({ x: 60, y: 10 });
    expect(geometry.max[0]).toEqual({ x: 60, y: 60 });
  });

  it('leaves weeks without posts out of the line', () => {
    const geometry = scaleTone([week(0.2, 0.4), week(null, null), week(0.6, 0.9)], box);
    expect(geometry.average[1]).toBeNull();
    expect(linePath(geometry.average)).toBe('M10 50 M110 30');
  });

  it('draws a connected line through consecutive weeks', () => {
    expect(linePath([{ x: 0, y: 1 }, { x: 2.25, y: 3.333 }, null])).toBe('M0 1 L2.3 3.3');
    expect(linePath([])).toBe('');
  });
});
