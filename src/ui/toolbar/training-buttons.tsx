import type { Diagnostic } from '../../graph/diagnostics';
import type { TrainingState } from '../../train/protocol';

/** Reasons that training cannot start: the graph's errors and the invalid settings, as messages. */
export interface TrainBlock {
  messages: readonly string[];
  /** Node of the first error, shown when the message is clicked, or null for a graph-wide error. */
  nodeId: string | null;
}

interface TrainingButtonsProps {
  state: TrainingState;
  /** Null when the graph and settings can train. */
  block: TrainBlock | null;
  /** True when there are weights or charts that Reset would discard. */
  canReset: boolean;
  onTrain(): void;
  onPause(): void;
  onStop(): void;
  onReset(): void;
  onShowNode(nodeId: string): void;
}

/** Renders Train, Pause or Resume, Stop and Reset, and the reason when Train is disabled. */
export function TrainingButtons(props: TrainingButtonsProps) {
  const { state, block } = props;
  const busy = state === 'running' || state === 'preparing';
  const paused = state === 'paused';
  return (
    <div className="gv-training-buttons">
      <button
        type="button"
        className="gv-button gv-button--primary"
        disabled={busy || block !== null}
        onClick={props.onTrain}
        title={
          paused
            ? 'Continue from the current weights. After a change to the graph or the settings, ' +
              'training starts again from fresh weights.'
            : 'Train the GAN built by this graph with the settings on the right.'
        }
      >
        Train
      </button>
      <button
        type="button"
        className="gv-button"
        disabled={paused ? block !== null : state !== 'running'}
        onClick={paused ? props.onTrain : props.onPause}
        title={
          paused
            ? 'Continue training where it paused.'
            : 'Pause after the current step. The weights are kept.'
        }
      >
        {paused ? 'Resume' : 'Pause'}
      </button>
      <button
        type="button"
        className="gv-button"
        disabled={state !== 'running' && !paused}
        onClick={props.onStop}
        title="Stop training. The weights are kept until Reset, so Train continues from them."
      >
        Stop
      </button>
      <button
        type="button"
        className="gv-button"
        disabled={state === 'preparing' || !props.canReset}
        onClick={props.onReset}
        title={
          'Discard the trained weights, the charts and the samples. ' +
          'The next Train starts from fresh weights.'
        }
      >
        Reset
      </button>
      {block && <BlockedReason block={block} onShowNode={props.onShowNode} />}
    </div>
  );
}

interface BlockedReasonProps {
  block: TrainBlock;
  onShowNode(nodeId: string): void;
}

function BlockedReason({ block, onShowNode }: BlockedReasonProps) {
  const [first, ...rest] = block.messages;
  const { nodeId } = block;
  return (
    <button
      type="button"
      className="gv-blocked"
      data-testid="train-blocked-reason"
      title={block.messages.join('\n')}
      disabled={nodeId === null}
      onClick={() => nodeId !== null && onShowNode(nodeId)}
    >
      <span className="gv-blocked__count">
        {block.messages.length} {block.messages.length === 1 ? 'problem' : 'problems'}
      </span>
      <span className="gv-blocked__message">
        {first}
        {rest.length > 0 && ` (and ${rest.length} more)`}
      </span>
    </button>
  );
}

/** Collects the graph's errors and the settings' messages, or returns null when there are none. */
export function findTrainBlock(
  errors: readonly Diagnostic[],
  settingMessages: readonly string[],
): TrainBlock | null {
  const messages = [...errors.map((error) => error.message), ...settingMessages];
  if (messages.length === 0) return null;
  return { messages, nodeId: errors[0]?.nodeId ?? null };
}
