import type { Browser } from 'playwright-core';
import type { BackendChoice } from '../src/train/backend-choice';
import type { BackendName } from '../src/train/protocol';
import { launchChromium } from '../test/e2e/browser';
import type { LeakFigures } from './figures';
import type { Comparison } from './measure';
import { runEditorFigures } from './editor-run';
import { buildAndServeBench, openPage } from './pages';
import { formatComparison, ms, ratio, type Row } from './report';
import type { ModelName } from './step-cases';

const BENCH_BACKENDS: BackendName[] = ['webgpu', 'webgl', 'cpu'];
/** Small DCGAN at batch 16: a DCGAN-preset step takes seconds on SwiftShader's WebGPU. */
const MODEL: ModelName = 'smallDcgan';
const BATCH = 16;
const OPTIONS = { warmupSteps: 2, rounds: 6, stepsPerRound: 3 };
/** Fewer than Node's 500 steps: a step takes about 0.3 s on SwiftShader's WebGPU (from figure 1). */
const WEBGPU_LEAK_STEPS = 100;

/** Figures 1, 3 and 5 in headless Chromium on each backend. */
async function runTrainingFigures(browser: Browser, url: string, log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  const compiledMs = new Map<BackendName, number>();
  for (const backend of BENCH_BACKENDS) {
    log(`browser: compiled vs hand-written on ${backend}`);
    const page = await openPage(browser, `${url}bench/browser/index.html`, 'ganvasBench');
    try {
      const result = await page.evaluate(
        ({ backend, model, batch, options }) => window.ganvasBench.overhead(backend, model, batch, options),
        { backend, model: MODEL, batch: BATCH, options: OPTIONS },
      ) as Comparison;
      compiledMs.set(backend, result.aMs);
      rows.push({
        figure: '1',
        setup: `Chromium ${backend}, small DCGAN, batch ${BATCH}: compiled / hand-written`,
        value: formatComparison(result),
        target: '≤ 1.02',
        met: result.minRatio <= 1.02,
      });
    } catch (error) {
      const value = `failed: ${(error as Error).message.split('\n')[0]}`;
      rows.push({ figure: '1', setup: `Chromium ${backend}`, value, target: '≤ 1.02', met: null });
    } finally {
      await page.close();
    }
  }
  rows.push({
    figure: '1',
    setup: 'Chromium wasm',
    value: 'cannot train convolutions in tfjs 4.22 (no Conv2DBackpropFilter kernel)',
    target: '≤ 1.02',
    met: null,
  });

  log(`browser: memory over ${WEBGPU_LEAK_STEPS} steps on webgpu`);
  const page = await openPage(browser, `${url}bench/browser/index.html`, 'ganvasBench');
  try {
    const leaks = await page.evaluate(
      (steps) => window.ganvasBench.leaks('webgpu', 'smallDcgan', 4, steps),
      WEBGPU_LEAK_STEPS,
    ) as LeakFigures;
    const gpu = leaks.gpuBytesPerStep === null ? 'GPU bytes not reported' : `${leaks.gpuBytesPerStep} GPU bytes`;
    rows.push({
      figure: '3',
      setup: `Chromium webgpu, small DCGAN, batch 4, TrainingSession, steps 10-${WEBGPU_LEAK_STEPS}`,
      value: `${leaks.tensorsPerStep} tensors, ${leaks.bytesPerStep} bytes, ${gpu} per step`,
      target: '0',
      met: leaks.tensorsPerStep === 0 && leaks.bytesPerStep === 0 && (leaks.gpuBytesPerStep ?? 0) === 0,
    });

    log('browser: backend choice');
    const choice = await page.evaluate(
      ({ model, batch }) => window.ganvasBench.chooseBackend(model, batch),
      { model: MODEL, batch: BATCH },
    ) as BackendChoice;
    const fastest = Math.min(...compiledMs.values());
    const chosen = compiledMs.get(choice.backend);
    const measured = choice.measurements
      .map((m) => `${m.backend} ${m.msPerStep === null ? 'skipped' : ms(m.msPerStep)}`)
      .join(', ');
    rows.push({
      figure: '5',
      setup: `Chromium, small DCGAN, batch ${BATCH}: chosen / fastest (step times of figure 1)`,
      value:
        chosen === undefined
          ? `chose ${choice.backend}, not timed in figure 1`
          : `${ratio(chosen / fastest)}, chose ${choice.backend} (${measured})`,
      target: '≤ 1.1',
      met: chosen === undefined ? null : chosen / fastest <= 1.1,
    });
  } finally {
    await page.close();
  }
  return rows;
}

export async function runBrowserBench(log: (line: string) => void): Promise<Row[]> {
  log('browser: building the bench pages');
  const server = await buildAndServeBench();
  const browser = await launchChromium();
  try {
    const training = await runTrainingFigures(browser, server.url, log);
    return [...training, ...(await runEditorFigures(browser, server.url, log))];
  } finally {
    await browser.close();
    await server.close();
  }
}
