import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { GridCanvas } from '../node-view/sample-grid-view';
import { lossRange, type RunRecord } from './run-archive';

interface CompareRunsProps {
  runs: readonly RunRecord[];
  /** Keeps the current run; disabled when there is nothing to keep. */
  onKeepCurrent(): void;
  canKeepCurrent: boolean;
  onClose(): void;
}

const CHART_WIDTH = 330;
const CHART_HEIGHT = 170;

/** Puts two kept runs side by side: their loss curves on one scale and their last samples. */
export function CompareRuns({ runs, onKeepCurrent, canKeepCurrent, onClose }: CompareRunsProps) {
  const { t, i18n } = useTranslation('teach');
  const [picked, setPicked] = useState<[number | null, number | null]>([null, null]);
  const byId = (id: number | null) => runs.find((run) => run.id === id);
  // Until the user picks, show the two newest runs.
  const sides = [byId(picked[0]) ?? runs.at(-2), byId(picked[1]) ?? runs.at(-1)];
  const range = lossRange(sides.filter((run): run is RunRecord => run !== undefined));

  return (
    <section className="gv-teach-panel gv-teach-panel--wide" aria-label={t('compare.title')} data-testid="compare-runs">
      <header className="gv-teach-panel__header">
        <h2>{t('compare.title')}</h2>
        <button
          type="button"
          className="gv-button"
          onClick={onKeepCurrent}
          disabled={!canKeepCurrent}
          title={t('compare.keepTooltip')}
        >
          {t('compare.keep')}
        </button>
        <button type="button" className="gv-button" onClick={onClose} title={t('close.tooltip')}>
          {t('close.label')}
        </button>
      </header>
      {runs.length < 2 && <p className="gv-teach-panel__progress">{t('compare.needTwo', { count: runs.length })}</p>}
      <div className="gv-compare">
        {sides.map((run, side) => (
          <div className="gv-compare__side" key={side} data-testid={`compare-side-${side}`}>
            <label className="gv-compare__pick" title={t('compare.pickTooltip')}>
              <span>{t(side === 0 ? 'compare.left' : 'compare.right')}</span>
              <select
                value={run?.id ?? ''}
                onChange={(event) => {
                  const next: [number | null, number | null] = [...picked];
                  next[side] = Number(event.target.value);
                  setPicked(next);
                }}
              >
                {!run && <option value="">{t('compare.none')}</option>}
                {runs.map((option) => (
                  <option key={option.id} value={option.id}>
                    {t('compare.runName', {
                      id: option.id,
                      name: option.name,
                      step: option.lastStep,
                      time: new Date(option.keptAt).toLocaleTimeString(i18n.language),
                    })}
                  </option>
                ))}
              </select>
            </label>
            {run && <LossChart run={run} range={range} />}
            {run?.samples && (
              <GridCanvas grid={run.samples} label={t('compare.samplesLabel', { id: run.id, step: run.samples.step })} />
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

function LossChart({ run, range }: { run: RunRecord; range: [number, number] }) {
  const { t } = useTranslation('teach');
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const options: uPlot.Options = {
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      cursor: { show: false },
      legend: { live: false },
      select: { show: false, left: 0, top: 0, width: 0, height: 0 },
      scales: { x: { time: false }, y: { range } },
      axes: [
        {
          stroke: '#8c95a8',
          grid: { stroke: '#2a3140' },
          label: t('compare.step'),
          // Steps are whole numbers, so ticks never fall between them.
          incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000],
        },
        { stroke: '#8c95a8', grid: { stroke: '#2a3140' } },
      ],
      series: [
        {},
        { label: t('compare.discriminatorLoss'), stroke: '#f2a65a', width: 1.5, points: { show: false } },
        { label: t('compare.generatorLoss'), stroke: '#4fd1a5', width: 1.5, points: { show: false } },
      ],
    };
    const data: uPlot.AlignedData = [
      [...run.steps],
      [...run.values.discriminatorLoss],
      [...run.values.generatorLoss],
    ];
    const chart = new uPlot(options, data, container.current!);
    return () => chart.destroy();
  }, [run, range[0], range[1], t]);

  return (
    <div
      className="gv-compare__chart"
      ref={container}
      role="img"
      aria-label={t('compare.chartLabel', { id: run.id })}
    />
  );
}
