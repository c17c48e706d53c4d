/** Maps data coordinates to SVG pixels inside a box with a margin. */
export interface PlotFrame {
  width: number;
  height: number;
  x(value: number): number;
  y(value: number): number;
}

/**
 * Creates a frame for values from `xRange` and `yRange` drawn in `width` × `height` pixels,
 * `margin` pixels in from each edge, with y growing upwards.
 */
export function plotFrame(
  width: number,
  height: number,
  [xMin, xMax]: readonly [number, number],
  [yMin, yMax]: readonly [number, number],
  margin = 4,
): PlotFrame {
  const xSpan = xMax - xMin || 1;
  const ySpan = yMax - yMin || 1;
  return {
    width,
    height,
    x: (value) => margin + ((value - xMin) / xSpan) * (width - 2 * margin),
    y: (value) => height - margin - ((value - yMin) / ySpan) * (height - 2 * margin),
  };
}

/** Returns the `points` attribute of an SVG polyline through `(xs[i], ys[i])`. */
export function polylinePoints(frame: PlotFrame, xs: readonly number[], ys: readonly number[]): string {
  return xs.map((x, i) => `${frame.x(x).toFixed(1)},${frame.y(ys[i]).toFixed(1)}`).join(' ');
}
