import i18next from 'i18next';
import { ContextMenuPlugin, type Props } from 'rete-context-menu-plugin';
import { Presets, type ReactPlugin } from 'rete-react-plugin';
import { findNodeType, localizeNodeType, NODE_TYPES } from '../../../nodes';
import { analyzeGraph } from '../../graph/analyze';
import { currentLanguage } from '../i18n/use-language';
import { CATEGORIES } from '../palette';
import {
  GanvasNode,
  type AreaExtra,
  type GanvasArea,
  type GanvasNodeEditor,
  type Schemes,
} from './ganvas-node';
import { exportGraph } from './graph-io';
import {
  addNodeAt,
  disconnectNode,
  duplicateNode,
  removeNodeWithConnections,
} from './node-commands';
import { openHelpPanel, openRenameDialog } from './node-dialogs';

type ItemsCollection = ReturnType<Props<Schemes>['items']>;
type Item = ItemsCollection['list'][number];

/** Sets a node's label, as chosen in the rename dialog, so that it can be undone. */
export type RenameHandler = (node: GanvasNode, label: string) => Promise<void>;

/**
 * Adds a right-click menu with rete-context-menu-plugin. On the empty canvas it adds a node of
 * any type where the click was. On a node it deletes, duplicates, disconnects or renames the
 * node, or shows the help of its type.
 */
export function setupContextMenu(
  editor: GanvasNodeEditor,
  area: GanvasArea,
  render: ReactPlugin<Schemes, AreaExtra>,
  rename: RenameHandler,
): void {
  const container = area.container;
  const menu = new ContextMenuPlugin<Schemes>({
    items(context): ItemsCollection {
      if (context === 'root') return { list: addNodeItems(editor, area, { ...area.area.pointer }) };
      if (context instanceof GanvasNode) {
        return { list: nodeItems(editor, area, container, context, rename) };
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
  editor: GanvasNodeEditor,
  area: GanvasArea,
  position: { x: number; y: number },
): Item[] {
  // Labels are read when the menu opens, so they follow the language switch.
  const language = currentLanguage();
  return CATEGORIES.map((category) => ({
    label: i18next.t(`palette:categories.${category}`),
    key: category,
    handler: () => {},
    subitems: NODE_TYPES.filter((type) => type.category === category).map((nodeType) => ({
      label: localizeNodeType(nodeType, language).title,
      key: nodeType.type,
      handler: () => void addNodeAt(editor, area, nodeType.type, position),
    })),
  }));
}

function nodeItems(
  editor: GanvasNodeEditor,
  area: GanvasArea,
  container: HTMLElement,
  node: GanvasNode,
  rename: RenameHandler,
): Item[] {
  const nodeType = findNodeType(node.typeName);
  const t = i18next.getFixedT(null, 'editor');
  const items: Item[] = [
    {
      label: t('menu.delete'),
      key: 'delete',
      handler: () => void removeNodeWithConnections(editor, node.id),
    },
    { label: t('menu.duplicate'), key: 'duplicate', handler: () => void duplicateNode(editor, area, node) },
    { label: t('menu.disconnect'), key: 'disconnect', handler: () => void disconnectNode(editor, node.id) },
    {
      label: t('menu.rename'),
      key: 'rename',
      handler: () =>
        openRenameDialog(container, node.customLabel ?? '', (label) => void rename(node, label)),
    },
  ];
  if (nodeType) {
    const showHelp = () => {
      const analysis = analyzeGraph(exportGraph(editor, area)).nodes.get(node.id);
      const facts = { params: node.params, inputShape: analysis?.inputShape ?? null };
      openHelpPanel(container, nodeType, facts);
    };
    items.push({ label: t('menu.help'), key: 'help', handler: showHelp });
  }
  return items;
}
