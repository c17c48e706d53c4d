import { useTranslation } from 'react-i18next';
import type { NodeType } from '../../nodes';

/**
 * Returns the node types whose title or summary contains every word of `query`, ignoring
 * case, in their original order. A blank query matches every type.
 */
export function filterNodeTypes(types: readonly NodeType[], query: string): NodeType[] {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word !== '');
  return types.filter((type) => {
    const text = `${type.title} ${type.summary}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

interface PaletteSearchProps {
  query: string;
  onQueryChange(query: string): void;
  /** Called on Enter, to add the first node type that matches. */
  onSubmit(): void;
}

/** Renders the palette's search field, which Escape clears. */
export function PaletteSearch({ query, onQueryChange, onSubmit }: PaletteSearchProps) {
  const { t } = useTranslation('palette');
  return (
    <input
      type="search"
      className="gv-palette__search"
      value={query}
      placeholder={t('search.placeholder')}
      aria-label={t('search.label')}
      title={t('search.tooltip')}
      data-testid="palette-search"
      onChange={(event) => onQueryChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onSubmit();
        }
        if (event.key === 'Escape') {
          event.preventDefault();
          onQueryChange('');
        }
      }}
    />
  );
}

/** Renders the line shown in place of the groups when no node type matches. */
export function PaletteNoMatch({ query }: { query: string }) {
  const { t } = useTranslation('palette');
  return (
    <p className="gv-palette__no-match" role="status" data-testid="palette-no-match">
      {t('search.noMatch', { query })}
    </p>
  );
}
