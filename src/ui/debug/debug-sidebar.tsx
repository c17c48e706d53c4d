import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickMessage, type BilingualMessage } from '../i18n/bilingual';
import { useLanguage } from '../i18n/use-language';
import { nodeDisplayName } from '../inspector/port-links';
import type { GraphAnalysis } from '../../graph/analyze';
import type { GanvasEditor } from '../editor/create-editor';
import { useStore, type Store } from '../store/external-store';
import type { DebugFeed } from './debug-feed';
import {
  countByKind,
  DEBUG_KINDS,
  DEBUG_LOG_CAPACITY,
  filterEntries,
  type DebugEntry,
  type DebugKind,
} from './debug-log';

interface DebugSidebarProps {
  feed: DebugFeed;
  editor: GanvasEditor | null;
  /** Read so that node names follow renames and removals. */
  analysis: Store<GraphAnalysis>;
  onShowNode(nodeId: string): void;
}

/**
 * Lists the debug log newest first, filtered by kind and by text. An entry that belongs to a
 * node names it with a button that selects the node and moves the view to it.
 */
export function DebugSidebar({ feed, editor, analysis, onShowNode }: DebugSidebarProps) {
  const { t } = useTranslation('sidebar');
  const log = useStore(feed.log);
  useStore(analysis);
  const [kinds, setKinds] = useState<ReadonlySet<DebugKind>>(() => new Set(DEBUG_KINDS));
  const [text, setText] = useState('');

  const language = useLanguage();
  const nodeName = (nodeId: string) => {
    const node = editor?.editor.getNode(nodeId);
    return node ? nodeDisplayName({ type: node.typeName, label: node.customLabel }, language) : null;
  };
  // Diagnostics come from the core in both languages; every other entry is a catalog key.
  const messageOf = (entry: DebugEntry) =>
    entry.message.key === 'diagnostic'
      ? pickMessage(entry.message.values as unknown as BilingualMessage, language)
      : t(`entry.${entry.message.key}`, entry.message.values);
  const textOf = (entry: DebugEntry) => {
    const node = entry.nodeId ? `${entry.nodeId} ${nodeName(entry.nodeId) ?? ''}` : '';
    return `${messageOf(entry)} ${node}`;
  };
  const visibleEntries = filterEntries(log.entries, { kinds, text }, textOf).reverse();
  const counts = countByKind(log.entries);

  const toggleKind = (kind: DebugKind) => {
    const next = new Set(kinds);
    if (!next.delete(kind)) next.add(kind);
    setKinds(next);
  };

  return (
    <div className="gv-debug" data-testid="debug-sidebar">
      <fieldset className="gv-debug__kinds">
        <legend className="gv-visually-hidden">{t('filter.label')}</legend>
        {DEBUG_KINDS.map((kind) => (
          <label
            key={kind}
            className={`gv-debug__kind gv-debug__kind--${kind}`}
            title={t('kindTooltip')}
          >
            <input
              type="checkbox"
              checked={kinds.has(kind)}
              data-testid={`debug-kind-${kind}`}
              onChange={() => toggleKind(kind)}
            />
            {t(`kinds.${kind}`)} <span className="gv-debug__count">{counts[kind]}</span>
          </label>
        ))}
      </fieldset>
      <div className="gv-debug__tools">
        <input
          type="search"
          className="gv-param__input gv-debug__filter"
          value={text}
          placeholder={t('filter.placeholder')}
          aria-label={t('filter.label')}
          title={t('filter.tooltip')}
          data-testid="debug-filter"
          onChange={(event) => setText(event.target.value)}
        />
        <button
          type="button"
          className="gv-button gv-button--small"
          title={t('clear.tooltip')}
          onClick={feed.clear}
        >
          {t('clear.label')}
        </button>
      </div>
      <p className="gv-debug__summary">
        {t('summary', {
          shown: visibleEntries.length,
          total: log.entries.length,
          capacity: DEBUG_LOG_CAPACITY,
        })}
      </p>
      {visibleEntries.length === 0 && (
        <p className="gv-inspector__note">{log.entries.length === 0 ? t('empty') : t('noMatch')}</p>
      )}
      <ol className="gv-debug__entries" aria-label={t('title')}>
        {visibleEntries.map((entry) => (
          <li
            key={entry.seq}
            className={`gv-debug__entry gv-debug__entry--${entry.kind}`}
            data-testid={`debug-entry-${entry.kind}`}
          >
            <time className="gv-debug__time" dateTime={new Date(entry.time).toISOString()}>
              {new Date(entry.time).toLocaleTimeString()}
            </time>
            {entry.nodeId && (
              <NodeButton
                nodeId={entry.nodeId}
                name={nodeName(entry.nodeId)}
                onShowNode={onShowNode}
              />
            )}
            <span className="gv-debug__message">{messageOf(entry)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

interface NodeButtonProps {
  nodeId: string;
  /** The node's label, or null when the node is gone. */
  name: string | null;
  onShowNode(nodeId: string): void;
}

function NodeButton({ nodeId, name, onShowNode }: NodeButtonProps) {
  const { t } = useTranslation('sidebar');
  if (name === null) {
    return (
      <span className="gv-debug__node" title={t('missingNode', { node: nodeId })}>
        {nodeId}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="gv-link gv-debug__node"
      title={t('showNode', { node: name })}
      data-testid="debug-node-link"
      data-node-id={nodeId}
      onClick={() => onShowNode(nodeId)}
    >
      {name}
    </button>
  );
}
