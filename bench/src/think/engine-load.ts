import type { Browser } from 'playwright-core';
import { median } from '../stats.ts';
import type { StaticServer } from './browser.ts';

export interface EngineLoadFigures {
  /** import() of the engine's code module. */
  codeMs: number;
  /** loadEngine(): fetch and decode of the model chunk. */
  modelMs: number;
  /** The model chunk's own fetch, from the page's resource timing. */
  modelFetchMs: number;
  /** The first analyze() of a 280-character draft. */
  firstAnalysisMs: number;
  /** From the start to the first analysis' result. */
  totalMs: number;
}

// Sent as source text: tsx would wrap a function with helpers the page does not have.
const inPage = `async (text) => {
  const t0 = performance.now();
  const engine = await import('/index.js');
  const t1 = performance.now();
  const loaded = await engine.loadEngine();
  const t2 = performance.now();
  loaded.analyze(text);
  const t3 = performance.now();
  const model = performance.getEntriesByType('resource').find((e) => e.name.includes('/chunks/'));
  return {
    codeMs: t1 - t0,
    modelMs: t2 - t1,
    modelFetchMs: model ? model.responseEnd - model.fetchStart : NaN,
    firstAnalysisMs: t3 - t2,
    totalMs: t3 - t0,
  };
}`;

/**
 * Loads the engine's browser build in a fresh context each round (cold cache, no service
 * worker), up to its first analysis; medians over the rounds.
 */
export async function measureEngineLoad(
  browser: Browser,
  server: StaticServer,
  text: string,
  rounds: number,
): Promise<EngineLoadFigures> {
  const samples: EngineLoadFigures[] = [];
  for (let i = 0; i < rounds; i++) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      samples.push(
        (await page.evaluate(`(${inPage})(${JSON.stringify(text)})`)) as EngineLoadFigures,
      );
    } finally {
      await context.close();
    }
  }
  const pick = (key: keyof EngineLoadFigures) => median(samples.map((s) => s[key]));
  return {
    codeMs: pick('codeMs'),
    modelMs: pick('modelMs'),
    modelFetchMs: pick('modelFetchMs'),
    firstAnalysisMs: pick('firstAnalysisMs'),
    totalMs: pick('totalMs'),
  };
}
