import './insight.css';
import { useTranslation } from 'react-i18next';
import { ACTIVATIONS, type ActivationName } from '../../../nodes/activation';
import { activationCurve } from '../../insight/activation-curve';
import { deadShare, type ActivationStats } from '../../insight/activation-stats';
import { useStoreSelector, type Store } from '../store/external-store';
import type { TrainingSnapshot } from '../store/training-store';
import { plotFrame, polylinePoints } from './svg-plot';
import { stopPropagation } from '../node-view/stop-propagation';

const WIDTH = 186;
const CURVE_HEIGHT = 96;
const HISTOGRAM_HEIGHT = 56;

interface ActivationExplorerProps {
  nodeId: string;
  activation: unknown;
  slope: unknown;
  training: Store<TrainingSnapshot>;
}

/**
 * An expandable part of an Activation node: the function and its derivative for the chosen
 * activation and slope, and once training has measured it, a histogram of the layer's outputs
 * with the share of dead units.
 */
export function ActivationExplorer({ nodeId, activation, slope, training }: ActivationExplorerProps) {
  const { t } = useTranslation('insight');
  const stats = useStoreSelector(training, (s) => s.activations?.stats[nodeId] ?? null);
  const step = useStoreSelector(training, (s) => s.activations?.step ?? 0);
  const name = ACTIVATIONS.includes(activation as ActivationName) ? (activation as ActivationName) : null;
  if (!name) return null;
  const a = typeof slope === 'number' && Number.isFinite(slope) ? slope : 0.2;

  return (
    <details
      className="gv-explorer"
      data-testid={`explorer-${nodeId}`}
      onPointerDown={stopPropagation}
      onDoubleClick={stopPropagation}
    >
      <summary className="gv-explorer__summary" title={t('explorer.tooltip')}>
        {t('explorer.toggle')}
        {stats && (
          <span className="gv-explorer__dead" data-testid={`dead-share-${nodeId}`}>
            {t('explorer.deadShort', { share: formatShare(deadShare(stats)) })}
          </span>
        )}
      </summary>
      <CurvePlot name={name} slope={a} />
      {stats ? <Histogram stats={stats} step={step} /> : <p className="gv-explorer__note">{t('explorer.noStats')}</p>}
    </details>
  );
}

function CurvePlot({ name, slope }: { name: ActivationName; slope: number }) {
  const { t } = useTranslation('insight');
  const curve = activationCurve(name, slope);
  const values = [...curve.y, ...curve.dy];
  const frame = plotFrame(WIDTH, CURVE_HEIGHT, [-4, 4], [Math.min(...values, 0), Math.max(...values, 1)]);
  return (
    <figure className="gv-explorer__figure">
      <svg width={WIDTH} height={CURVE_HEIGHT} role="img" aria-label={t('explorer.curveLabel', { name })}>
        <line className="gv-plot__axis" x1={0} x2={WIDTH} y1={frame.y(0)} y2={frame.y(0)} />
        <line className="gv-plot__axis" x1={frame.x(0)} x2={frame.x(0)} y1={0} y2={CURVE_HEIGHT} />
        <polyline className="gv-plot__derivative" points={polylinePoints(frame, curve.x, curve.dy)} />
        <polyline className="gv-plot__function" points={polylinePoints(frame, curve.x, curve.y)} />
      </svg>
      <figcaption className="gv-explorer__legend">
        <span className="gv-legend gv-legend--function">{t('explorer.function')}</span>
        <span className="gv-legend gv-legend--derivative">{t('explorer.derivative')}</span>
        <span>{t('explorer.range')}</span>
      </figcaption>
    </figure>
  );
}

function Histogram({ stats, step }: { stats: ActivationStats; step: number }) {
  const { t } = useTranslation('insight');
  const highest = Math.max(...stats.counts, 1);
  const barWidth = WIDTH / stats.counts.length;
  return (
    <figure className="gv-explorer__figure">
      <svg
        width={WIDTH}
        height={HISTOGRAM_HEIGHT}
        role="img"
        aria-label={t('explorer.histogramLabel', { step })}
      >
        {stats.counts.map((count, i) => {
          const height = (count / highest) * (HISTOGRAM_HEIGHT - 2);
          return (
            <rect
              key={i}
              className="gv-plot__bar"
              x={i * barWidth + 0.5}
              y={HISTOGRAM_HEIGHT - height}
              width={Math.max(barWidth - 1, 1)}
              height={height}
            />
          );
        })}
      </svg>
      <figcaption className="gv-explorer__legend">
        <span>{formatValue(stats.min)}</span>
        <span>{t('explorer.histogramCaption', { step })}</span>
        <span>{formatValue(stats.max)}</span>
      </figcaption>
      <p className="gv-explorer__note" title={t('explorer.deadTooltip')}>
        {t('explorer.dead', { dead: stats.deadUnits, units: stats.units, share: formatShare(deadShare(stats)) })}
      </p>
    </figure>
  );
}

function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function formatValue(value: number): string {
  return Math.abs(value) >= 100 ? value.toExponential(1) : value.toFixed(2);
}
