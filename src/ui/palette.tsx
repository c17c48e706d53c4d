import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizeNodeType, NODE_TYPES, type NodeCategory, type NodeType } from '../../nodes';
import { useLanguage } from './i18n/use-language';
import { filterNodeTypes, PaletteNoMatch, PaletteSearch } from './palette-search';

/** The drag-and-drop data type that carries a node type name from the palette to the canvas. */
export const NODE_TYPE_MIME = 'application/x-ganvas-node-type';

/** Node categories in palette order; their titles are `categories.<name>` in the palette catalog. */
export const CATEGORIES: readonly NodeCategory[] = ['input', 'layer', 'activation', 'output'];

/**
 * Lists every node type, grouped by category, with a search field that filters them. Drag an
 * entry onto the canvas to add the node there, or click it to add the node at the centre of
 * the view.
 */
export function Palette({ onAdd }: { onAdd(type: string): void }) {
  const { t } = useTranslation('palette');
  const [query, setQuery] = useState('');
  const matches = filterNodeTypes(NODE_TYPES, query);
  const categories = CATEGORIES.filter((category) =>
    matches.some((type) => type.category === category),
  );
  // Enter adds the entry shown first, which is the first match of the first group.
  const first = categories.flatMap((category) => matches.filter((type) => type.category === category))[0];
  return (
    <nav className="gv-palette" aria-label={t('label')}>
      <PaletteSearch
        query={query}
        onQueryChange={setQuery}
        onSubmit={() => {
          if (first) onAdd(first.type);
        }}
      />
      {matches.length === 0 && <PaletteNoMatch query={query} />}
      {categories.map((category) => (
        <section key={category} className="gv-palette__group">
          <h2 className="gv-palette__heading">{t(`categories.${category}`)}</h2>
          {matches
            .filter((type) => type.category === category)
            .map((nodeType) => (
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
