import { useTranslation } from 'react-i18next';
import type { ClassicPreset } from 'rete';
import { Presets, type RenderEmit } from 'rete-react-plugin';
import { formatShape } from '../../../nodes';
import type { NodeAnalysis } from '../../graph/analyze';
import type { GanvasNode, Schemes } from '../editor/ganvas-node';
import { formatCount } from '../format';
import { useLanguage } from '../i18n/use-language';
import { localizeNodeType, findNodeType } from '../../../nodes';

type Port = ClassicPreset.Port<ClassicPreset.Socket>;

/** Lays out inputs on the left and outputs on the right, one row per pair of ports. */
export function PortRows({ node, emit }: { node: GanvasNode; emit: RenderEmit<Schemes> }) {
  const language = useLanguage();
  const nodeType = findNodeType(node.typeName);
  const portLabels = nodeType ? localizeNodeType(nodeType, language).ports : {};
  const ports = (record: Record<string, Port | undefined>) =>
    Object.entries(record).filter((entry): entry is [string, Port] => entry[1] !== undefined);
  const inputs = ports(node.inputs);
  const outputs = ports(node.outputs);
  const rows = Math.max(inputs.length, outputs.length);
  if (rows === 0) return null;

  const socket = (side: 'input' | 'output', key: string, port: Port) => (
    <Presets.classic.RefSocket
      name={`gv-port__socket gv-port__socket--${side}`}
      side={side}
      socketKey={key}
      nodeId={node.id}
      emit={emit}
      payload={port.socket}
      data-testid={`${side}-${key}`}
    />
  );

  return (
    <div className="gv-node__ports">
      {Array.from({ length: rows }, (_, row) => {
        const [inputKey, input] = inputs[row] ?? [undefined, undefined];
        const [outputKey, output] = outputs[row] ?? [undefined, undefined];
        return (
          <div className="gv-port-row" key={row}>
            <span className="gv-port gv-port--input">
              {input && inputKey && socket('input', inputKey, input)}
              {input && inputKey && (
                <span className="gv-port__label">{portLabels[inputKey] ?? input.label}</span>
              )}
            </span>
            <span className="gv-port gv-port--output">
              {output && outputKey && (
                <span className="gv-port__label">{portLabels[outputKey] ?? output.label}</span>
              )}
              {output && outputKey && socket('output', outputKey, output)}
            </span>
          </div>
        );
      })}
    </div>
  );
}

/** Shows the inferred output shape and the parameter count. */
export function NodeFacts({ analysis }: { analysis: NodeAnalysis | undefined }) {
  const shape = analysis?.outputShape;
  const count = analysis?.paramCount;
  const { t } = useTranslation('nodeView');
  return (
    <div className="gv-node__facts">
      <span className="gv-node__shape" title={t('facts.shapeTooltip')} data-testid="node-shape">
        {shape ? formatShape(shape) : t('facts.shapeUnknown')}
      </span>
      {count && (
        <span className="gv-node__count" title={t('facts.countTooltip')} data-testid="node-params">
          {count.nonTrainable > 0
            ? t('facts.paramsWithTrainable', {
                count: count.trainable + count.nonTrainable,
                total: formatCount(count.trainable + count.nonTrainable),
                trainable: formatCount(count.trainable),
              })
            : t('facts.params', { count: count.trainable, total: formatCount(count.trainable) })}
        </span>
      )}
    </div>
  );
}
