import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import type { Store } from '../store/external-store';
import { useStore } from '../store/external-store';
import type { MetricName } from '../store/metric-history';
import type { TrainingSnapshot } from '../store/training-store';
import { formatCount, formatMetric } from '../format';
import { Sparkline, type SparklineSeries } from './sparkline';

/** A metric on the node; its tooltip is `metrics.<name>` in the nodeView catalog. */
interface MetricSpec {
  name: MetricName;
  label: string;
  colour: string;
  testId: string;
}

const LOSSES: readonly MetricSpec[] = [
  {
    name: 'discriminatorLoss',
    label: 'D loss',
    colour: '#f0a35e',
    testId: 'metric-d-loss',
  },
  {
    name: 'generatorLoss',
    label: 'G loss',
    colour: '#5fd1b7',
    testId: 'metric-g-loss',
  },
];

const SCORES: readonly MetricSpec[] = [
  {
    name: 'realScore',
    label: 'D(x)',
    colour: '#7aa2ff',
    testId: 'metric-real-score',
  },
  {
    name: 'fakeScore',
    label: 'D(G(z))',
    colour: '#e58fd0',
    testId: 'metric-fake-score',
  },
];

const CHART_WIDTH = 236;
const CHART_HEIGHT = 40;

/**
 * Shows the metrics on the Discriminator output node: the latest losses and scores, a sparkline
 * for each pair, and the last training error. The history stays after a stop or an error.
 */
export function DiscriminatorMetrics({ training }: { training: Store<TrainingSnapshot> }) {
  const { history, revision, error } = useStore(training);
  const latest = history.latest();
  const { t } = useTranslation(['nodeView', 'training']);

  const group = (specs: readonly MetricSpec[], range?: [number, number], guide?: number) => {
    const series: SparklineSeries[] = specs.map(({ label, colour }) => ({ label, colour }));
    // The x values, then one array per series: uPlot's types spell this as a tuple.
    const values = specs.map((spec) => history.values[spec.name]);
    const data = [history.steps, ...values] as uPlot.AlignedData;
    return (
      <div className="gv-metrics__group">
        <div className="gv-metrics__values">
          {specs.map((spec) => (
            <span key={spec.name} className="gv-metric" title={t(`metrics.${spec.name}`)}>
              <i className="gv-metric__swatch" style={{ background: spec.colour }} />
              <span className="gv-metric__label">{spec.label}</span>
              <span className="gv-metric__value" data-testid={spec.testId}>
                {formatMetric(latest?.[spec.name])}
              </span>
            </span>
          ))}
        </div>
        <Sparkline
          data={data}
          series={series}
          revision={revision}
          width={CHART_WIDTH}
          height={CHART_HEIGHT}
          range={range}
          guide={guide}
          label={chartLabel(specs, t)}
        />
      </div>
    );
  };

  return (
    <div className="gv-metrics">
      {group(LOSSES)}
      {group(SCORES, [0, 1], 0.5)}
      <div className="gv-metrics__caption">
        {latest ? t('metrics.step', { step: formatCount(latest.step) }) : t('metrics.empty')}
      </div>
      {error && (
        <div className="gv-training-error" role="alert" data-testid="node-training-error">
          {t('training:errors.failedAt', { step: formatCount(error.step), message: error.message })}
        </div>
      )}
    </div>
  );
}

function chartLabel(specs: readonly MetricSpec[], t: TFunction<['nodeView', 'training']>): string {
  return t('metrics.chartLabel', { first: specs[0].label, second: specs[1].label });
}
