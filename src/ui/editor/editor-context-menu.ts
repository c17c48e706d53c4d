import i18next from 'i18next';
import { ContextMenuPlugin, type Props } from 'rete-context-menu-plugin';
import { Presets, type ReactPlugin } from 'rete-react-plugin';
import { findNodeType, NODE_TYPES, type NodeCategory } from '../../../nodes';
import type { EditingCommands } from './editing-commands';
import { GanvasNode, type AreaExtra, type GanvasArea, type Schemes } from './ganvas-node';
import { openHelpPanel, openRenameDialog } from './node-dialogs';

type ItemsCollection = ReturnType<Props<Schemes>['items']>;
type Item = ItemsCollection['list'][number];

/** Sets a node's label, as chosen in the rename dialog, so that it can be undone. */
export type RenameHandler = (node: GanvasNode, label: string) => Promise<void>;

/** Menu groups for the node types, in the palette's order. */
const CATEGORY_LABELS: Record<NodeCategory, string> = {
  input: 'Inputs',
  layer: 'Layers',
  activation: 'Activations',
  output: 'Outputs',
};

/**
 * Adds a right-click menu with rete-context-menu-plugin. On the empty canvas it adds a node of
 * any type where the click was, or arranges the graph. On a node it deletes, duplicates (with
 * the rest of the selection when the node is selected), disconnects or renames the node, or
 * shows the help of its type. `commands` returns the editor's commands once they exist.
 */
export function setupContextMenu(
  area: GanvasArea,
  render: ReactPlugin<Schemes, AreaExtra>,
  commands: () => EditingCommands,
  rename: RenameHandler,
): void {
  const container = area.container;
  const menu = new ContextMenuPlugin<Schemes>({
    items(context): ItemsCollection {
      if (context === 'root') {
        const arrange: Item = {
          label: i18next.t('layout:arrange.menu'),
          key: 'arrange',
          handler: () => void commands().arrange(),
        };
        const position = { ...area.area.pointer };
        return { list: [...addNodeItems(commands, position), arrange] };
      }
      if (context instanceof GanvasNode) {
        return { list: nodeItems(container, context, rename, commands) };
      }
      return { list: [] };
    },
  });
  // NOTE: rete-react-plugin draws the items as divs that open on right-click and hover only,
  // so the menu cannot be reached with the keyboard.
  render.addPreset(Presets.contextMenu.setup());
  area.use(menu);
}

function addNodeItems(
  commands: () => EditingCommands,
  position: { x: number; y: number },
): Item[] {
  const categories = Object.keys(CATEGORY_LABELS) as NodeCategory[];
  return categories.map((category) => ({
    label: CATEGORY_LABELS[category],
    key: category,
    handler: () => {},
    subitems: NODE_TYPES.filter((type) => type.category === category).map((nodeType) => ({
      label: nodeType.title,
      key: nodeType.type,
      handler: () => void commands().addNode(nodeType.type, position),
    })),
  }));
}

function nodeItems(
  container: HTMLElement,
  node: GanvasNode,
  rename: RenameHandler,
  commands: () => EditingCommands,
): Item[] {
  const nodeType = findNodeType(node.typeName);
  const items: Item[] = [
    {
      label: 'Delete',
      key: 'delete',
      handler: () => void commands().deleteNodes([node.id]),
    },
    {
      label: 'Duplicate',
      key: 'duplicate',
      handler: () => void commands().duplicateFrom(node.id),
    },
    {
      label: 'Disconnect',
      key: 'disconnect',
      handler: () => void commands().disconnectNode(node.id),
    },
    {
      label: 'Rename…',
      key: 'rename',
      handler: () =>
        openRenameDialog(container, node.customLabel ?? '', (label) => void rename(node, label)),
    },
  ];
  if (nodeType) {
    items.push({ label: 'Help', key: 'help', handler: () => openHelpPanel(container, nodeType) });
  }
  return items;
}
