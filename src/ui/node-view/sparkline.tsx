import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface SparklineSeries {
  label: string;
  /** A CSS colour for the line. */
  colour: string;
}

interface SparklineProps {
  /** Steps, then one array of values per series, all of the same length. */
  data: uPlot.AlignedData;
  series: readonly SparklineSeries[];
  /** Changes whenever `data` was changed in place. */
  revision: number;
  width: number;
  height: number;
  /** Fixed range of the values, e.g. [0, 1] for probabilities. By default it follows the data. */
  range?: [number, number];
  /** A value marked with a dashed line, e.g. 0.5 where D cannot tell real from fake. */
  guide?: number;
  label: string;
}

/** Draws a small line chart with uPlot, without axes or legend. */
export function Sparkline(props: SparklineProps) {
  const { data, series, revision, width, height, range, guide, label } = props;
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);

  // The chart is built once, because its series, range and size do not change for one node.
  useEffect(() => {
    const options: uPlot.Options = {
      width,
      height,
      legend: { show: false },
      cursor: { show: false },
      select: { show: false, left: 0, top: 0, width: 0, height: 0 },
      padding: [4, 2, 4, 2],
      axes: [{ show: false }, { show: false }],
      scales: { x: { time: false }, y: range ? { range } : {} },
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: s.colour,
          width: 1.5,
          points: { show: false },
        })),
      ],
      hooks: guide === undefined ? {} : { drawAxes: [(u) => drawGuide(u, guide)] },
    };
    chart.current = new uPlot(options, data, container.current!);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setData(data);
  }, [data, revision]);

  return <div className="gv-sparkline" ref={container} role="img" aria-label={label} />;
}

function drawGuide(u: uPlot, value: number): void {
  const y = Math.round(u.valToPos(value, 'y', true)) + 0.5;
  const { ctx, bbox } = u;
  ctx.save();
  ctx.strokeStyle = 'rgba(200, 210, 230, 0.35)';
  ctx.lineWidth = 1;
  ctx.setLineDash([3, 3]);
  ctx.beginPath();
  ctx.moveTo(bbox.left, y);
  ctx.lineTo(bbox.left + bbox.width, y);
  ctx.stroke();
  ctx.restore();
}
