import type { ConnectionPlugin, SocketData } from 'rete-connection-plugin';
import { INPUT_SOCKET_KINDS, OUTPUT_SOCKET_KINDS, acceptsSocket } from '../../../nodes/socket-kinds';
import type { AreaExtra, GanvasNodeEditor, Schemes } from '../editor/ganvas-node';
import { isKindSocket } from './kind-socket';
import './wiring.css';

/** Added to the canvas while a connection is dragged, to dim the sockets that do not fit. */
const WIRING_CLASS = 'gv-wiring';
const FITS_PREFIX = 'gv-fits--';

/**
 * Lights up the sockets that fit while a connection is dragged: the canvas gets the class
 * `gv-wiring` and one `gv-fits--<side>-<kind>` class per socket kind on the other side that
 * takes or fits the picked socket, and wiring.css styles them.
 */
export function highlightFittingSockets(
  connection: ConnectionPlugin<Schemes, AreaExtra>,
  editor: GanvasNodeEditor,
  container: HTMLElement,
): void {
  const clear = () => {
    const classes = [...container.classList].filter((name) => name.startsWith(FITS_PREFIX));
    container.classList.remove(WIRING_CLASS, ...classes);
  };
  connection.addPipe((signal) => {
    if (signal.type === 'connectionpick') {
      clear();
      const fitting = fittingSocketClasses(editor, signal.data.socket);
      if (fitting.length > 0) container.classList.add(WIRING_CLASS, ...fitting);
    }
    if (signal.type === 'connectiondrop') clear();
    return signal;
  });
}

function fittingSocketClasses(editor: GanvasNodeEditor, picked: SocketData): string[] {
  const node = editor.getNode(picked.nodeId);
  const port = picked.side === 'output' ? node?.outputs[picked.key] : node?.inputs[picked.key];
  if (!port || !isKindSocket(port.socket)) return [];
  const socket = port.socket;
  if (socket.side === 'output') {
    return INPUT_SOCKET_KINDS.filter((kind) => acceptsSocket(kind, socket.kind)).map(
      (kind) => `${FITS_PREFIX}input-${kind}`,
    );
  }
  return OUTPUT_SOCKET_KINDS.filter((kind) => acceptsSocket(socket.kind, kind)).map(
    (kind) => `${FITS_PREFIX}output-${kind}`,
  );
}
