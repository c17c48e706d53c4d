import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SampleGrid } from '../../train/protocol';
import type { Store } from '../store/external-store';
import { useStoreSelector } from '../store/external-store';
import type { TrainingSnapshot } from '../store/training-store';
import { formatCount } from '../format';

/** Width of the shown grid in CSS pixels. The canvas scales the grid up without smoothing. */
const DISPLAY_WIDTH = 216;

/** Shows the latest grid of generated images on the Generator output node, with its step. */
export function SampleGridView({ training }: { training: Store<TrainingSnapshot> }) {
  const grid = useStoreSelector(training, (snapshot) => snapshot.samples);
  const { t } = useTranslation('nodeView');
  if (!grid) return <div className="gv-samples gv-samples--empty">{t('samples.empty')}</div>;
  return (
    <figure className="gv-samples">
      <GridCanvas grid={grid} />
      <figcaption className="gv-samples__caption" data-testid="sample-step">
        {t('samples.caption', { step: formatCount(grid.step) })}
      </figcaption>
    </figure>
  );
}

/** Draws a grid of images, scaled up without smoothing to the node's width. */
export function GridCanvas({ grid, label }: { grid: SampleGrid; label?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { t } = useTranslation('nodeView');

  useEffect(() => {
    const element = canvas.current!;
    element.width = grid.width;
    element.height = grid.height;
    // ImageData takes only pixels backed by a plain ArrayBuffer, which the copy guarantees.
    const pixels = new Uint8ClampedArray(grid.pixels);
    element.getContext('2d')!.putImageData(new ImageData(pixels, grid.width, grid.height), 0, 0);
  }, [grid]);

  const displayHeight = Math.round((DISPLAY_WIDTH * grid.height) / grid.width);
  return (
    <canvas
      ref={canvas}
      className="gv-samples__canvas"
      style={{ width: DISPLAY_WIDTH, height: displayHeight }}
      data-testid="sample-grid"
      aria-label={label ?? t('samples.gridLabel', { step: grid.step })}
    />
  );
}
