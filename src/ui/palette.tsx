import { useTranslation } from 'react-i18next';
import { localizeNodeType, NODE_TYPES, type NodeCategory, type NodeType } from '../../nodes';
import { useLanguage } from './i18n/use-language';

/** The drag-and-drop data type that carries a node type name from the palette to the canvas. */
export const NODE_TYPE_MIME = 'application/x-ganvas-node-type';

/** Node categories in palette order; their titles are `categories.<name>` in the palette catalog. */
export const CATEGORIES: readonly NodeCategory[] = ['input', 'layer', 'activation', 'output'];

/**
 * Lists every node type, grouped by category. Drag an entry onto the canvas to add the node there,
 * or click it to add the node at the centre of the view.
 */
export function Palette({ onAdd }: { onAdd(type: string): void }) {
  const { t } = useTranslation('palette');
  return (
    <nav className="gv-palette" aria-label={t('label')}>
      {CATEGORIES.map((category) => (
        <section key={category} className="gv-palette__group">
          <h2 className="gv-palette__heading">{t(`categories.${category}`)}</h2>
          {NODE_TYPES.filter((t) => t.category === category).map((nodeType) => (
            <PaletteEntry key={nodeType.type} nodeType={nodeType} onAdd={onAdd} />
          ))}
        </section>
      ))}
      <p className="gv-palette__help">{t('help')}</p>
    </nav>
  );
}

function PaletteEntry({ nodeType, onAdd }: { nodeType: NodeType; onAdd(type: string): void }) {
  const { t } = useTranslation('palette');
  const { title, summary } = localizeNodeType(nodeType, useLanguage());
  return (
    <button
      type="button"
      className={`gv-palette__entry gv-palette__entry--${nodeType.category}`}
      draggable
      data-testid={`palette-${nodeType.type}`}
      title={t('entryTooltip', { title, summary })}
      onDragStart={(event) => {
        event.dataTransfer.setData(NODE_TYPE_MIME, nodeType.type);
        event.dataTransfer.effectAllowed = 'copy';
      }}
      onClick={() => onAdd(nodeType.type)}
    >
      <span className="gv-palette__title">{title}</span>
      <span className="gv-palette__summary">{summary}</span>
    </button>
  );
}
