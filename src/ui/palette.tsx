import { useState } from 'react';
import { NODE_TYPES, type NodeCategory, type NodeType } from '../../nodes';
import { filterNodeTypes, PaletteNoMatch, PaletteSearch } from './palette-search';

/** The drag-and-drop data type that carries a node type name from the palette to the canvas. */
export const NODE_TYPE_MIME = 'application/x-ganvas-node-type';

const CATEGORY_TITLES: Record<NodeCategory, string> = {
  input: 'Inputs',
  layer: 'Layers',
  activation: 'Activations',
  output: 'Outputs',
};

/**
 * Lists every node type, grouped by category, with a search field that filters them. Drag an
 * entry onto the canvas to add the node there, or click it to add the node at the centre of
 * the view.
 */
export function Palette({ onAdd }: { onAdd(type: string): void }) {
  const [query, setQuery] = useState('');
  const matches = filterNodeTypes(NODE_TYPES, query);
  const categories = (Object.keys(CATEGORY_TITLES) as NodeCategory[]).filter((category) =>
    matches.some((t) => t.category === category),
  );
  // Enter adds the entry shown first, which is the first match of the first group.
  const first = categories.flatMap((category) => matches.filter((t) => t.category === category))[0];
  return (
    <nav className="gv-palette" aria-label="Node palette">
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
          <h2 className="gv-palette__heading">{CATEGORY_TITLES[category]}</h2>
          {matches
            .filter((t) => t.category === category)
            .map((nodeType) => (
              <PaletteEntry key={nodeType.type} nodeType={nodeType} onAdd={onAdd} />
            ))}
        </section>
      ))}
      <p className="gv-palette__help">
        Drag from an output to an input to connect. Drag a connection off an input to remove it.
        Select a node and press Delete to remove it.
      </p>
    </nav>
  );
}

function PaletteEntry({ nodeType, onAdd }: { nodeType: NodeType; onAdd(type: string): void }) {
  return (
    <button
      type="button"
      className={`gv-palette__entry gv-palette__entry--${nodeType.category}`}
      draggable
      data-testid={`palette-${nodeType.type}`}
      title={`${nodeType.title}: ${nodeType.summary} Drag onto the canvas, or click to add.`}
      onDragStart={(event) => {
        event.dataTransfer.setData(NODE_TYPE_MIME, nodeType.type);
        event.dataTransfer.effectAllowed = 'copy';
      }}
      onClick={() => onAdd(nodeType.type)}
    >
      <span className="gv-palette__title">{nodeType.title}</span>
      <span className="gv-palette__summary">{nodeType.summary}</span>
    </button>
  );
}
