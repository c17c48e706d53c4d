import { execFileSync, type StdioOptions } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Comparison } from './measure';

/** One line of the benchmark table. */
export interface Row {
  figure: string;
  setup: string;
  value: string;
  target: string;
  /** Whether the value meets the target; null where there is no figure to judge. */
  met: boolean | null;
}

export function describeMachine(chromiumPath: string): string[] {
  const cpuInfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.*)$/m.exec(cpuInfo)?.[1] ?? 'unknown CPU';
  let chromium = 'unknown';
  try {
    const stdio: StdioOptions = ['ignore', 'pipe', 'ignore'];
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio }).trim();
  } catch (error) {
    chromium = `not found at ${chromiumPath}: ${(error as Error).message}`;
  }
  return [
    `Date: ${new Date().toISOString()}`,
    `CPUs (nproc): ${execFileSync('nproc', { encoding: 'utf8' }).trim()}, ${model}`,
    `Chromium: ${chromium}`,
    `Node: ${process.version}`,
  ];
}

function verdict(met: boolean | null): string {
  if (met === null) return '-';
  return met ? 'yes' : 'no';
}

/** Formats rows as a Markdown table, which reads well in a terminal too. */
export function formatTable(rows: Row[]): string {
  const header = '| # | setup | value | target | met |\n|---|---|---|---|---|';
  const lines = rows.map((r) => `| ${r.figure} | ${r.setup} | ${r.value} | ${r.target} | ${verdict(r.met)} |`);
  return [header, ...lines].join('\n');
}

/** Replaces the generated part of docs/benchmarks.md, between its two markers, with new figures. */
export function writeBenchmarkPage(
  path: string,
  machine: string[],
  rows: Row[],
  notes: string[],
  heading = '## Latest run',
): void {
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
  const generated = [
    begin,
    heading,
    '',
    ...machine.map((line) => `- ${line}`),
    '',
    formatTable(rows),
    '',
    ...notes.map((line) => `- ${line}`),
    end,
  ].join('\n');
  let page: string;
  try {
    page = readFileSync(path, 'utf8');
  } catch {
    page = `# Benchmarks\n\n${begin}\n${end}\n`;
  }
  const start = page.indexOf(begin);
  const stop = page.indexOf(end);
  page =
    start >= 0 && stop > start
      ? page.slice(0, start) + generated + page.slice(stop + end.length)
      : `${page.trimEnd()}\n\n${generated}\n`;
  writeFileSync(path, page);
}

export const ratio = (value: number) => value.toFixed(3);

/** Formats a comparison as the ratio of fastest rounds, then the median ratio and step times. */
export function formatComparison(result: Comparison): string {
  const times = `${ms(result.aMs)} / ${ms(result.bMs)}`;
  return `${ratio(result.minRatio)} (median ${ratio(result.ratio)}: ${times})`;
}
export const ms = (value: number) => `${value.toFixed(1)} ms`;
