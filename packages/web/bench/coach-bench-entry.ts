// What the composer runs after each pause in typing, bundled alone for the browser benchmark.
export { loadEngine } from '@empathie/engine';
export { segmentMarks } from '../src/features/coach/coach-rules.ts';
