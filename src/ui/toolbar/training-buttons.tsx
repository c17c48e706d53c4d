import { useTranslation } from 'react-i18next';
import type { Language } from '../../../nodes';
import type { Diagnostic } from '../../graph/diagnostics';
import type { TrainingState } from '../../train/protocol';
import { pickMessage } from '../i18n/bilingual';

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
  const { t } = useTranslation('training');
  return (
    <div className="gv-training-buttons">
      <button
        type="button"
        className="gv-button gv-button--primary"
        // Resume continues a paused run, so Train waits for Stop or Reset.
        disabled={busy || paused || block !== null}
        onClick={props.onTrain}
        title={paused ? t('train.tooltipPaused') : t('train.tooltip')}
      >
        {t('train.label')}
      </button>
      <button
        type="button"
        className="gv-button"
        disabled={paused ? block !== null : state !== 'running'}
        onClick={paused ? props.onTrain : props.onPause}
        title={paused ? t('resume.tooltip') : t('pause.tooltip')}
      >
        {paused ? t('resume.label') : t('pause.label')}
      </button>
      <button
        type="button"
        className="gv-button"
        disabled={state !== 'running' && !paused}
        onClick={props.onStop}
        title={t('stop.tooltip')}
      >
        {t('stop.label')}
      </button>
      <button
        type="button"
        className="gv-button"
        disabled={state === 'preparing' || !props.canReset}
        onClick={props.onReset}
        title={t('reset.tooltip')}
      >
        {t('reset.label')}
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
  const { t } = useTranslation('training');
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
        {t('blocked.problems', { count: block.messages.length })}
      </span>
      <span className="gv-blocked__message">
        {first}
        {rest.length > 0 && ` ${t('blocked.more', { count: rest.length })}`}
      </span>
    </button>
  );
}

/**
 * Collects the graph's errors in `language` and the settings' messages, or returns null when
 * there are none.
 */
export function findTrainBlock(
  errors: readonly Diagnostic[],
  settingMessages: readonly string[],
  language: Language = 'en',
): TrainBlock | null {
  const messages = [...errors.map((error) => pickMessage(error, language)), ...settingMessages];
  if (messages.length === 0) return null;
  return { messages, nodeId: errors[0]?.nodeId ?? null };
}
