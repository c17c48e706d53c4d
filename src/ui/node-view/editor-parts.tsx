import type { ClassicPreset } from 'rete';
import { Presets } from 'rete-react-plugin';
import { KindSocketView } from '../wiring/kind-socket-view';

/** Draws a port's socket, the small ring that connections start and end at. */
export function SocketView({ data }: { data: ClassicPreset.Socket }) {
  return <KindSocketView socket={data} />;
}

/** Draws a connection along the curve that rete-react-plugin computes for it. */
export function ConnectionView() {
  const { path } = Presets.classic.useConnection();
  if (!path) return null;
  return (
    <svg className="gv-connection" data-testid="connection">
      <path d={path} />
    </svg>
  );
}
