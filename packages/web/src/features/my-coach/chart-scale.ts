// Geometry of the "tone over time" chart, kept pure so the scaling is tested without a DOM.

export interface Point {
  x: number;
  y: number;
}

export interface ChartBox {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ToneWeek {
  week: string;
  average_toxicity: number | null;
  max_toxicity: number | null;
}

export interface ToneChartGeometry {
  xs: number[];
  average: (Point | null)[];
  max: (Point | null)[];
  ticks: { value: number; y: number }[];
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/**
 * Places each week on x (evenly, oldest left; a single week in the middle) and each score on a
 * fixed 0–1 y axis, so weeks and people compare at a glance. A week without posts has no point.
 */
export function scaleTone(weeks: readonly ToneWeek[], box: ChartBox): ToneChartGeometry {
  const innerWidth = box.width - box.left - box.right;
  const innerHeight = box.height - box.top - box.bottom;
  const xs = weeks.map((_, index) =>
    weeks.length === 1
      ? box.left + innerWidth / 2
      : box.left + (index * innerWidth) / (weeks.length - 1),
  );
  const y = (value: number) => box.top + (1 - clamp01(value)) * innerHeight;
  const at = (value: number | null, index: number): Point | null =>
    value === null || !Number.isFinite(value) ? null : { x: xs[index] as number, y: y(value) };
  return {
    xs,
    average: weeks.map((week, index) => at(week.average_toxicity, index)),
    max: weeks.map((week, index) => at(week.max_toxicity, index)),
    ticks: [0, 0.5, 1].map((value) => ({ value, y: y(value) })),
  };
}

/** An SVG path through the points; a missing week breaks the line instead of bridging it. */
export function linePath(points: readonly (Point | null)[]): string {
  const parts: string[] = [];
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    parts.push(`${drawing ? 'L' : 'M'}${round(point.x)} ${round(point.y)}`);
    drawing = true;
  }
  return parts.join(' ');
}

const round = (value: number) => Math.round(value * 10) / 10;
