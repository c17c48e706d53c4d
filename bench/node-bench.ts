import * as tf from '@tensorflow/tfjs';
import { measureCompilerOverhead, measureLeaks, measureSessionCost } from './figures';
import { buildLargeGraph, measureAnalyzeAfterEdit } from './large-graph';
import { formatComparison, ms, type Row } from './report';
import { MODEL_TITLES } from './step-cases';

/**
 * Interleaved rounds for Node's CPU backend, where a step of either model at batch 32 takes
 * 0.3 to 0.6 s. Many short rounds give a steadier median ratio than a few long ones.
 */
const OPTIONS = { warmupSteps: 2, rounds: 10, stepsPerRound: 2 };

/** Figures 1, 2, 3 and 7, measured on tfjs's CPU backend in this Node process. */
export async function runNodeBench(log: (line: string) => void): Promise<Row[]> {
  await tf.setBackend('cpu');
  const rows: Row[] = [];

  for (const model of ['smallDcgan', 'mlp'] as const) {
    log(`node: compiled vs hand-written, ${model}`);
    const result = await measureCompilerOverhead(model, 32, OPTIONS);
    rows.push({
      figure: '1',
      setup: `Node cpu, ${MODEL_TITLES[model]}, batch 32: compiled / hand-written`,
      value: formatComparison(result),
      target: '≤ 1.02',
      met: result.minRatio <= 1.02,
    });
  }

  log('node: session with read-back and samples vs bare steps');
  const session = await measureSessionCost('mlp', 32, OPTIONS);
  rows.push({
    figure: '2',
    setup: `Node cpu, ${MODEL_TITLES.mlp}, batch 32: TrainingSession defaults / bare steps`,
    value: formatComparison(session),
    target: '≤ 1.05',
    met: session.minRatio <= 1.05,
  });

  // The small DCGAN at batch 4 runs 500 steps in well under a minute; the MLP preset takes minutes.
  log('node: memory over 500 steps');
  const leaks = await measureLeaks('smallDcgan', 4, 500);
  rows.push({
    figure: '3',
    setup: `Node cpu, ${MODEL_TITLES.smallDcgan}, batch 4, TrainingSession, steps 10-500`,
    value: `${leaks.tensorsPerStep} tensors, ${leaks.bytesPerStep} bytes per step`,
    target: '0',
    met: leaks.tensorsPerStep === 0 && leaks.bytesPerStep === 0,
  });

  const graph = buildLargeGraph(300);
  const analysis = measureAnalyzeAfterEdit(graph);
  rows.push({
    figure: '7',
    setup: `Node, analyzeGraph after one edit, ${graph.nodes.length} nodes (median of 50)`,
    value: `${ms(analysis.medianMs)}, ${analysis.errors} errors`,
    target: '< 16 ms',
    met: analysis.medianMs < 16,
  });
  return rows;
}
