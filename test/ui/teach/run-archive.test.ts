import { describe, expect, it } from 'vitest';
import { MetricHistory } from '../../../src/ui/store/metric-history';
import { captureRun, keepRun, lossRange, MAX_RUNS, type RunRecord } from '../../../src/ui/teach/run-archive';

const keep = (runs: readonly RunRecord[], name: string, history: MetricHistory) =>
  keepRun(runs, captureRun(name, history, null));

function historyOf(losses: Array<[number, number]>) {
  const history = new MetricHistory();
  history.append(
    losses.map(([discriminatorLoss, generatorLoss], i) => ({
      step: i + 1,
      discriminatorLoss,
      generatorLoss,
      realScore: 0.5,
      fakeScore: 0.5,
    })),
  );
  return history;
}

describe('keepRun', () => {
  it('copies the history', () => {
    const history = historyOf([[1.4, 0.7], [1.2, 0.9]]);
    const captured = captureRun('ReLU generator', history, null);
    history.clear();
    const runs = keepRun([], captured);

    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ id: 1, name: 'ReLU generator', lastStep: 2, steps: [1, 2] });
    expect(runs[0].values.discriminatorLoss).toEqual([1.4, 1.2]);
  });

  it('keeps nothing for an empty history and the same run only once', () => {
    expect(captureRun('x', new MetricHistory(), null)).toBeNull();
    expect(keepRun([], null)).toEqual([]);
    const history = historyOf([[1, 1]]);
    const once = keep([], 'x', history);
    expect(keep(once, 'x', history)).toBe(once);
  });

  it(`keeps the newest ${MAX_RUNS} runs`, () => {
    let runs = keep([], 'run', historyOf([[1, 1]]));
    for (let n = 2; n <= MAX_RUNS + 2; n++) runs = keep(runs, 'run', historyOf(Array(n).fill([1, 1])));
    expect(runs.map((r) => r.id)).toEqual([3, 4, 5, 6, 7, 8]);
  });
});

describe('lossRange', () => {
  it('spans every loss of the runs from 0', () => {
    const runs = keep(keep([], 'a', historyOf([[1.4, 0.7]])), 'b', historyOf([[0.3, 2.5], [0.2, 2.1]]));
    expect(lossRange(runs)).toEqual([0, 2.5]);
    expect(lossRange([])).toEqual([0, 1]);
  });
});
