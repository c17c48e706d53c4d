import { findNodeType, localizeNodeType } from '../../../nodes';
import { currentLanguage } from '../i18n/use-language';
import i18next from 'i18next';
import { describeNode } from '../../graph/analyze';
import { checkNewConnection } from '../../graph/connection-rules';
import type { GanvasNode, GanvasNodeEditor, Schemes } from '../editor/ganvas-node';

/**
 * Returns the message that rejects `connection` because its output kind does not fit the
 * input, or because the input already has a connection, or null when neither applies. Cycles
 * are left to the cycle guard, which names them.
 */
export function rejectWiringMessage(
  editor: GanvasNodeEditor,
  connection: Schemes['Connection'],
): string | null {
  const graph = {
    nodes: editor.getNodes().map((node) => ({ id: node.id, type: node.typeName })),
    connections: editor.getConnections(),
  };
  const rejection = checkNewConnection(graph, connection);
  if (!rejection || rejection.reason === 'cycle') return null;

  const target = editor.getNode(connection.target);
  const targetType = findNodeType(target?.typeName ?? '');
  const input = targetType
    ? (localizeNodeType(targetType, currentLanguage()).ports[connection.targetInput] ?? connection.targetInput)
    : connection.targetInput;
  if (rejection.reason === 'input-taken') {
    return i18next.t('wiring:rejected.inputTaken', {
      input,
      target: nameOf(editor, connection.target),
      existing: nameOf(editor, rejection.existingSource),
    });
  }
  return i18next.t('wiring:rejected.incompatible', {
    source: nameOf(editor, connection.source),
    outputKind: i18next.t(`wiring:kinds.output.${rejection.outputKind}`),
    input,
    target: nameOf(editor, connection.target),
    inputKind: i18next.t(`wiring:kinds.input.${rejection.inputKind}`),
  });
}

/**
 * Names a node as the analyzer does: its own label in quotes, else its type title in the
 * interface language and its id.
 */
export function nameOf(editor: GanvasNodeEditor, nodeId: string): string {
  const node: GanvasNode | undefined = editor.getNode(nodeId);
  if (!node) return nodeId;
  const named = { id: node.id, type: node.typeName, label: node.customLabel };
  return describeNode(named, findNodeType(node.typeName) ?? null, currentLanguage());
}
