import i18next from 'i18next';
import { NodeEditor } from 'rete';
import { ContextMenuPlugin, type Props } from 'rete-context-menu-plugin';
import { Presets, type ReactPlugin } from 'rete-react-plugin';
import { findNodeType, localizeNodeType, NODE_TYPES } from '../../../nodes';
import { analyzeGraph } from '../../graph/analyze';
import { currentLanguage } from '../i18n/use-language';
import { CATEGORIES } from '../palette';
import type { EditingCommands } from './editing-commands';
import {
  GanvasNode,
  type AreaExtra,
  type GanvasArea,
  type GanvasNodeEditor,
  type Schemes,
} from './ganvas-node';
import { exportGraph } from './graph-io';
import { openHelpPanel, openRenameDialog } from './node-dialogs';

type ItemsCollection = ReturnType<Props<Schemes>['items']>;
type Item = ItemsCollection['list'][number];

/** Sets a node's label, as chosen in the rename dialog, so that it can be undone. */
export type RenameHandler = (node: GanvasNode, label: string) => Promise<void>;

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
        return { list: nodeItems(area, context, rename, commands) };
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
  // Labels are read when the menu opens, so they follow the language switch.
  const language = currentLanguage();
  return CATEGORIES.map((category) => ({
    label: i18next.t(`palette:categories.${category}`),
    key: category,
    handler: () => {},
    subitems: NODE_TYPES.filter((type) => type.category === category).map((nodeType) => ({
      label: localizeNodeType(nodeType, language).title,
      key: nodeType.type,
      handler: () => void commands().addNode(nodeType.type, position),
    })),
  }));
}

function nodeItems(
  area: GanvasArea,
  node: GanvasNode,
  rename: RenameHandler,
  commands: () => EditingCommands,
): Item[] {
  const container = area.container;
  const nodeType = findNodeType(node.typeName);
  const t = i18next.getFixedT(null, 'editor');
  const items: Item[] = [
    {
      label: t('menu.delete'),
      key: 'delete',
      handler: () => void commands().deleteNodes([node.id]),
    },
    {
      label: t('menu.duplicate'),
      key: 'duplicate',
      handler: () => void commands().duplicateFrom(node.id),
    },
    {
      label: t('menu.disconnect'),
      key: 'disconnect',
      handler: () => void commands().disconnectNode(node.id),
    },
    {
      label: t('menu.rename'),
      key: 'rename',
      handler: () =>
        openRenameDialog(container, node.customLabel ?? '', (label) => void rename(node, label)),
    },
  ];
  if (nodeType) {
    const showHelp = () => {
      const editor = area.parentScope<GanvasNodeEditor>(NodeEditor);
      const analysis = analyzeGraph(exportGraph(editor, area)).nodes.get(node.id);
      const facts = { params: node.params, inputShape: analysis?.inputShape ?? null };
      openHelpPanel(container, nodeType, facts);
    };
    items.push({ label: t('menu.help'), key: 'help', handler: showHelp });
  }
  return items;
}
