import { useTranslation } from 'react-i18next';
import { findTrainingWarnings, type TrainingWarning } from '../../insight/training-warnings';
import { useStoreSelector, type Store } from '../store/external-store';
import type { TrainingSnapshot } from '../store/training-store';

interface TrainingWarningsProps {
  training: Store<TrainingSnapshot>;
  /** The warnings this node shows; the others belong to another node. */
  codes: readonly TrainingWarning['code'][];
}

/** Lists the warnings a teacher would point out, on the output node they concern. */
export function TrainingWarnings({ training, codes }: TrainingWarningsProps) {
  const { t } = useTranslation('insight');
  const revision = useStoreSelector(training, (s) => s.revision);
  const snapshot = training.get();
  const warnings = findTrainingWarnings(
    snapshot.history.steps,
    snapshot.history.values.fakeScore,
    snapshot.sampleChecks,
  ).filter((warning) => codes.includes(warning.code));
  if (warnings.length === 0) return null;
  return (
    <ul className="gv-warnings" data-revision={revision}>
      {warnings.map((warning) => (
        <li key={warning.code} className="gv-warnings__item" data-testid={`warning-${warning.code}`}>
          <strong>{t(`warnings.${warning.code}.title`)}</strong>{' '}
          {t(`warnings.${warning.code}.text`, formatFigures(warning))}
        </li>
      ))}
    </ul>
  );
}

function formatFigures(warning: TrainingWarning): Record<string, string | number> {
  switch (warning.code) {
    case 'discriminatorWinning':
      return { since: warning.since, score: warning.fakeScore.toFixed(3) };
    case 'modeCollapse':
      return { step: warning.step, spread: warning.spread.toFixed(3) };
    case 'noLearning':
      return { since: warning.since };
  }
}
