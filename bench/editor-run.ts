import type { Browser, Page } from 'playwright-core';
import { openPage } from './pages';
import { median } from './measure';
import { ms, type Row } from './report';

const TRAINING_SECONDS = 30;

/** Drags with the mouse from `from` by (dx, dy) in `steps` moves. */
async function drag(page: Page, from: { x: number; y: number }, dx: number, dy: number, steps: number) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx, from.y + dy, { steps });
  await page.mouse.up();
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** Figure 6: import and first render of a 300-node graph, then frame times while dragging a node. */
async function measureEditorScale(browser: Browser, url: string): Promise<Row[]> {
  const page = await openPage(browser, `${url}bench/browser/editor.html`, 'editorBench');
  try {
    const imported = await page.evaluate(() => window.editorBench.importLargeGraph(300));
    const centre = await page.evaluate(() => window.editorBench.nodeCentre('g_dense10'));
    await page.evaluate(() => window.editorBench.startFrames());
    await drag(page, centre, 300, 150, 120);
    const frames = await page.evaluate(() => window.editorBench.stopFrames());
    const fps = 1000 / median(frames);
    const slowFps = 1000 / percentile(frames, 0.95);
    return [
      {
        figure: '6',
        setup: `Chromium editor, import + first render of ${imported.nodes} nodes`,
        value: ms(imported.ms),
        target: '< 1000 ms',
        met: imported.ms < 1000,
      },
      {
        figure: '6',
        setup: `Chromium editor, dragging a node among 300 (${frames.length} frames)`,
        value: `${fps.toFixed(1)} fps median, ${slowFps.toFixed(1)} fps at the 95th percentile frame`,
        target: '≥ 30 fps',
        met: fps >= 30,
      },
    ];
  } finally {
    await page.close();
  }
}

/** Figure 4: long tasks on the main thread while the MLP preset trains and the view is panned and zoomed. */
async function measureLongTasks(browser: Browser, url: string): Promise<Row[]> {
  const page = await openPage(browser, `${url}bench/browser/editor.html`, 'editorBench');
  try {
    await page.evaluate(() => window.editorBench.loadGraph(window.editorBench.mlpGraph()));
    const state = await page.evaluate(() => window.editorBench.startTraining('cpu'));
    if (state !== 'running') throw new Error(`training did not start: state is ${state}`);
    await page.evaluate(() => window.editorBench.startObserving());
    const end = Date.now() + TRAINING_SECONDS * 1000;
    for (let i = 0; Date.now() < end; i++) {
      await drag(page, { x: 40, y: 40 }, i % 2 === 0 ? 200 : -200, i % 2 === 0 ? 80 : -80, 30);
      await page.mouse.move(800, 500);
      await page.mouse.wheel(0, i % 2 === 0 ? -240 : 240);
      await page.waitForTimeout(100);
    }
    const observed = await page.evaluate(() => window.editorBench.stopObserving());
    await page.evaluate(() => window.editorBench.stopTraining());
    const longest = observed.longTasks.length > 0 ? Math.max(...observed.longTasks) : 0;
    const updates = observed.nodeUpdates / observed.nodes / TRAINING_SECONDS;
    return [
      {
        figure: '4',
        setup:
          `Chromium editor, MLP preset training on cpu for ${TRAINING_SECONDS} s ` +
          `(to step ${observed.step}) while panning and zooming`,
        value: `${observed.longTasks.length} long tasks (longest ${ms(longest)})`,
        target: '0',
        met: observed.longTasks.length === 0,
      },
      {
        figure: '4',
        setup: 'same run: DOM updates per node per second (MutationObserver, not React renders)',
        value: updates.toFixed(2),
        target: '-',
        met: null,
      },
    ];
  } finally {
    await page.close();
  }
}

export async function runEditorFigures(browser: Browser, url: string, log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, measure] of [
    ['editor scale', measureEditorScale],
    ['long tasks while training', measureLongTasks],
  ] as const) {
    log(`browser: ${name}`);
    try {
      rows.push(...(await measure(browser, url)));
    } catch (error) {
      rows.push({
        figure: name === 'editor scale' ? '6' : '4',
        setup: `Chromium editor, ${name}`,
        value: `failed: ${(error as Error).message.split('\n')[0]}`,
        target: '-',
        met: null,
      });
    }
  }
  return rows;
}
