import type { ClassicPreset } from 'rete';
import { useTranslation } from 'react-i18next';
import { isKindSocket } from './kind-socket';

/**
 * Draws a socket in the colour and shape of its kind, with a tooltip that names the kind. The
 * data attributes let tests and styles tell sockets apart.
 */
export function KindSocketView({ socket }: { socket: ClassicPreset.Socket }) {
  const { t } = useTranslation('wiring');
  if (!isKindSocket(socket)) return <span className="gv-socket" />;
  const kind = t(`kinds.${socket.side}.${socket.kind}`);
  return (
    <span
      className={`gv-socket gv-socket--${socket.side}-${socket.kind}`}
      data-socket-side={socket.side}
      data-socket-kind={socket.kind}
      title={t(`socket.${socket.side}`, { kind })}
    />
  );
}
