import i18next from 'i18next';
import { describeCycle, findCycleIfConnected } from '../../graph/cycle-check';
import type { GanvasNodeEditor, Schemes } from './ganvas-node';

/**
 * Returns the message that rejects `connection` because it would close a cycle, or null when
 * the graph stays acyclic. A GAN graph is evaluated front to back, so a cycle has no order.
 */
export function rejectCycleMessage(
  editor: GanvasNodeEditor,
  connection: Schemes['Connection'],
): string | null {
  const cycle = findCycleIfConnected({ connections: editor.getConnections() }, connection);
  if (!cycle) return null;
  if (cycle.length === 1) return i18next.t('editor:cycle.self', { node: cycle[0] });
  return i18next.t('editor:cycle.closes', { cycle: describeCycle(cycle) });
}
