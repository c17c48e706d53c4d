import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SampleGrid } from '../../train/protocol';
import { useStoreSelector, type Store } from '../store/external-store';
import type { TrainingSnapshot } from '../store/training-store';
import { GridCanvas } from '../node-view/sample-grid-view';
import { stopPropagation } from '../node-view/stop-propagation';

interface LatentWalkProps {
  training: Store<TrainingSnapshot>;
  walkLatent(t: number): Promise<SampleGrid | null>;
}

/**
 * A slider on the Generator output node that walks between pairs of noise vectors and shows
 * what the generator makes along the way, refreshed as training changes the weights.
 */
export function LatentWalk({ training, walkLatent }: LatentWalkProps) {
  const { t: translate } = useTranslation('insight');
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState(0.5);
  const [grid, setGrid] = useState<SampleGrid | null>(null);
  const sampleStep = useStoreSelector(training, (s) => s.samples?.step ?? null);
  const busy = useRef(false);
  const requested = useRef(position);

  useEffect(() => {
    requested.current = position;
    if (!open || sampleStep === null || busy.current) return;
    // One request at a time; a newer position asked for meanwhile is fetched when it returns.
    const fetchAt = async (t: number) => {
      busy.current = true;
      const next = await walkLatent(t).catch(() => null);
      busy.current = false;
      setGrid(next);
      if (requested.current !== t) void fetchAt(requested.current);
    };
    void fetchAt(position);
  }, [open, position, sampleStep, walkLatent]);

  return (
    <details
      className="gv-walk"
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
      data-testid="latent-walk"
      onPointerDown={stopPropagation}
      onDoubleClick={stopPropagation}
    >
      <summary title={translate('walk.tooltip')}>{translate('walk.toggle')}</summary>
      {sampleStep === null ? (
        <p className="gv-explorer__note">{translate('walk.empty')}</p>
      ) : (
        <>
          <label className="gv-walk__slider" title={translate('walk.tooltip')}>
            <span>{translate('walk.from')}</span>
            <input
              type="range"
              min={0}
              max={1}
              step={0.05}
              value={position}
              aria-label={translate('walk.slider')}
              data-testid="latent-walk-slider"
              onChange={(event) => setPosition(Number(event.target.value))}
            />
            <span>{translate('walk.to')}</span>
          </label>
          {grid && <GridCanvas grid={grid} label={translate('walk.imagesLabel', { t: position })} />}
        </>
      )}
    </details>
  );
}
