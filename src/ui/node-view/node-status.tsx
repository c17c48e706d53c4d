import type { Diagnostic } from '../../graph/diagnostics';
import type { Network } from '../../graph/analyze';
import type { TrainingState } from '../../train/protocol';
import { STATE_TITLES } from '../format';

const NETWORK_LETTERS: Record<Network, string> = { generator: 'G', discriminator: 'D' };

/** Shows the network a node belongs to and the training state, e.g. "G · training". */
export function StatusBadge({ network, state }: { network: Network | null; state: TrainingState }) {
  if (!network) return null;
  return (
    <span
      className={`gv-badge gv-badge--${state}`}
      title={`Part of the ${network}. Training is ${STATE_TITLES[state]}.`}
    >
      {NETWORK_LETTERS[network]} · {STATE_TITLES[state]}
    </span>
  );
}

/** Lists the node's errors in red and its warnings in amber, each with its full message. */
export function DiagnosticList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
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
          {diagnostic.message}
        </li>
      ))}
    </ul>
  );
}

function severityRank(diagnostic: Diagnostic): number {
  return diagnostic.severity === 'error' ? 0 : 1;
}
