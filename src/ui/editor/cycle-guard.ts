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
  if (cycle.length === 1) {
    return `Connection rejected: ${cycle[0]} cannot connect to itself, because the graph must be acyclic.`;
  }
  return `Connection rejected: it would close the cycle ${describeCycle(cycle)}, because the graph must be acyclic.`;
}
