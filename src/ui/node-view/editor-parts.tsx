import { useTranslation } from 'react-i18next';
import type { ClassicPreset } from 'rete';
import { Presets } from 'rete-react-plugin';

/** Draws a port's socket, the small ring that connections start and end at. */
export function SocketView(_props: { data: ClassicPreset.Socket }) {
  const { t } = useTranslation('nodeView');
  return <span className="gv-socket" title={t('socketTooltip')} />;
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
