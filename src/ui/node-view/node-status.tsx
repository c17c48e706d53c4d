import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../graph/diagnostics';
import type { Network } from '../../graph/analyze';
import type { TrainingState } from '../../train/protocol';
import { pickMessage } from '../i18n/bilingual';
import { useLanguage } from '../i18n/use-language';

const NETWORK_LETTERS: Record<Network, string> = { generator: 'G', discriminator: 'D' };

/** Shows the network a node belongs to and the training state, e.g. "G · training". */
export function StatusBadge({ network, state }: { network: Network | null; state: TrainingState }) {
  const { t } = useTranslation(['nodeView', 'common']);
  if (!network) return null;
  const stateTitle = t(`common:states.${state}`);
  return (
    <span
      className={`gv-badge gv-badge--${state}`}
      title={t(`badge.${network}`, { state: stateTitle })}
    >
      {NETWORK_LETTERS[network]} · {stateTitle}
    </span>
  );
}

/** Lists the node's errors in red and its warnings in amber, each with its full message. */
export function DiagnosticList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const language = useLanguage();
  if (diagnostics.length === 0) return null;
  const sorted = [...diagnostics].sort((a, b) => severityRank(a) - severityRank(b));
  return (
    <ul className="gv-diagnostics">
      {sorted.map((diagnostic, index) => (
        <li
          key={index}
          className={`gv-diagnostic gv-diagnostic--${diagnostic.severity}`}
          data-testid={`diagnostic-${diagnostic.severity}`}
        >
          {pickMessage(diagnostic, language)}
        </li>
      ))}
    </ul>
  );
}

function severityRank(diagnostic: Diagnostic): number {
  return diagnostic.severity === 'error' ? 0 : 1;
}
