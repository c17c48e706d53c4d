import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputLinks, OutputLinks, PortEnd } from './port-links';

interface InspectorPortsProps {
  inputs: InputLinks[];
  outputs: OutputLinks[];
  onShowNode(nodeId: string): void;
  onConnect(input: string, source: PortEnd): void;
  onDisconnect(input: string, source: PortEnd): void;
}

const endText = (end: PortEnd) => `${end.nodeLabel} (${end.nodeId}) · ${end.portLabel}`;
const endKey = (end: PortEnd) => `${end.nodeId}\u0000${end.port}`;

/**
 * Lists the node's inputs and outputs with what is connected to each. Each input can be
 * disconnected from a source or connected to another node's output, so wiring works without a
 * mouse.
 */
export function InspectorPorts({ inputs, outputs, ...actions }: InspectorPortsProps) {
  const { t } = useTranslation('inspector');
  return (
    <div className="gv-inspector__ports">
      {inputs.map((input) => (
        <InputPort key={input.key} input={input} {...actions} />
      ))}
      {outputs.map((output) => (
        <div
          key={output.key}
          className="gv-inspector__port"
          data-testid={`inspector-output-${output.key}`}
        >
          <h4>{t('ports.output', { port: output.label })}</h4>
          {output.targets.length === 0 && <NotConnected />}
          <ul>
            {output.targets.map((target) => (
              <li key={endKey(target)}>
                <NodeLink end={target} onShowNode={actions.onShowNode} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

type InputPortProps = { input: InputLinks } & Omit<InspectorPortsProps, 'inputs' | 'outputs'>;

function InputPort({ input, onShowNode, onConnect, onDisconnect }: InputPortProps) {
  const { t } = useTranslation('inspector');
  const selectId = useId();
  return (
    <div className="gv-inspector__port" data-testid={`inspector-input-${input.key}`}>
      <h4>{t('ports.input', { port: input.label })}</h4>
      {input.sources.length === 0 && <NotConnected />}
      <ul>
        {input.sources.map((source) => (
          <li key={endKey(source)}>
            <NodeLink end={source} onShowNode={onShowNode} />
            <button
              type="button"
              className="gv-button gv-button--small"
              aria-label={t('ports.disconnectLabel', { node: source.nodeLabel, port: input.label })}
              title={t('ports.disconnectTooltip')}
              onClick={() => onDisconnect(input.key, source)}
            >
              {t('ports.disconnect')}
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={selectId} className="gv-visually-hidden">
        {t('ports.connectLabel', { port: input.label })}
      </label>
      <select
        id={selectId}
        className="gv-param__input gv-inspector__connect"
        value=""
        title={t('ports.connectTooltip')}
        data-testid={`inspector-connect-${input.key}`}
        onChange={(event) => {
          const source = input.candidates.find((c) => endKey(c) === event.target.value);
          if (source) onConnect(input.key, source);
        }}
      >
        <option value="">{t('ports.connectFrom')}</option>
        {input.candidates.map((candidate) => (
          <option key={endKey(candidate)} value={endKey(candidate)}>
            {endText(candidate)}
          </option>
        ))}
      </select>
    </div>
  );
}

function NotConnected() {
  const { t } = useTranslation('inspector');
  return <p className="gv-inspector__note">{t('ports.notConnected')}</p>;
}

function NodeLink({ end, onShowNode }: { end: PortEnd; onShowNode(nodeId: string): void }) {
  const { t } = useTranslation('inspector');
  return (
    <button
      type="button"
      className="gv-link"
      title={t('ports.showNode', { node: end.nodeLabel })}
      onClick={() => onShowNode(end.nodeId)}
    >
      {endText(end)}
    </button>
  );
}
