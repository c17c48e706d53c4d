import { useTranslation } from 'react-i18next';
import type { GanStructure } from '../graph/gan-structure';
import type { TrainingSnapshot } from './store/training-store';
import { BACKEND_TITLES } from '../train/protocol';
import { formatCount } from './format';
import { useLanguage } from './i18n/use-language';

interface StatusBarProps {
  training: TrainingSnapshot;
  /** The GAN found in the graph, or null while the graph has errors. */
  gan: GanStructure | null;
}

/**
 * Shows the backend and why others were passed over, the training state, step and speed,
 * the preparation progress, the last training error, and the size of both networks.
 */
export function StatusBar({ training, gan }: StatusBarProps) {
  const { backend, state, step, stepsPerSecond, progress, error } = training;
  const { t } = useTranslation(['statusBar', 'common', 'training']);
  const russian = useLanguage() === 'ru' && training.backendNotesRu !== null;
  const backendNotes = russian ? training.backendNotesRu! : training.backendNotes;
  const notes = backendNotes.join(' ');
  return (
    <footer className="gv-status" data-testid="status-bar">
      <span className="gv-status__item">
        <span className="gv-status__key">{t('backend')}</span>
        <span data-testid="status-backend">
          {backend ? BACKEND_TITLES[backend] : t('notStarted')}
        </span>
      </span>
      {notes && (
        <span
          className="gv-status__item gv-status__note"
          data-testid="status-backend-notes"
          title={backendNotes.join('\n')}
        >
          {notes}
        </span>
      )}
      <span
        className={`gv-status__item gv-status__state gv-status__state--${state}`}
        data-testid="status-state"
      >
        {t(`common:states.${state}`)}
      </span>
      {state === 'idle' && training.savedStep !== null && (
        <span className="gv-status__item gv-status__note" data-testid="status-saved">
          {t('saved', { step: formatCount(training.savedStep) })}
        </span>
      )}
      {training.pendingRequest && (
        <span className="gv-status__item gv-status__note" data-testid="status-request">
          {t(`pendingRequest.${training.pendingRequest}`)}
        </span>
      )}
      <span className="gv-status__item">
        <span className="gv-status__key">{t('step')}</span>
        <span data-testid="status-step">{formatCount(step)}</span>
      </span>
      {state === 'running' && (
        <span className="gv-status__item" data-testid="status-speed">
          {t('speed', { speed: stepsPerSecond.toFixed(1) })}
        </span>
      )}
      {state === 'preparing' && progress && (
        <span className="gv-status__item" data-testid="status-progress">
          {t(`training:progress.${progress.phase}`)}
          {progress.total > 0 && ` ${Math.round((100 * progress.loaded) / progress.total)}%`}
        </span>
      )}
      {error && (
        <span
          className="gv-status__item gv-status__error"
          role="alert"
          data-testid="status-error"
          title={error.message}
        >
          {t('training:errors.failedAt', { step: formatCount(error.step), message: error.message })}
        </span>
      )}
      {gan && (
        <span
          className="gv-status__item gv-status__sizes"
          title={t('sizes.tooltip')}
        >
          {t('sizes.text', {
            count: gan.discriminatorParams,
            generator: formatCount(gan.generatorParams),
            discriminator: formatCount(gan.discriminatorParams),
          })}
        </span>
      )}
    </footer>
  );
}
