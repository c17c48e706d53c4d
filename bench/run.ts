import { runBrowserBench } from './browser-run';
import { runNodeBench } from './node-bench';
import { describeMachine, formatTable, writeBenchmarkPage, type Row } from './report';
import { CHROMIUM_PATH } from '../test/e2e/browser';

/**
 * Measures Ganvas's performance figures in Node and in headless Chromium, prints them as a
 * table and writes them to docs/benchmarks.md. It never fails on a figure, only on a broken
 * setup.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const log = (line: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${line}`);
  const rows: Row[] = [];
  rows.push(...(await runNodeBench(log)));
  rows.push(...(await runBrowserBench(log)));

  const machine = describeMachine(CHROMIUM_PATH);
  const notes = [`Whole run: ${((performance.now() - started) / 1000).toFixed(0)} s, \`npm run bench\`.`];
  console.log(machine.join('\n'));
  console.log(formatTable(rows));
  writeBenchmarkPage('docs/benchmarks.md', machine, rows, notes);
  writeBenchmarkPage('README.md', machine, rows, notes, '### Latest figures');
}

await main();
