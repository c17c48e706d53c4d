import { useTranslation } from 'react-i18next';
import { formatShape, type Shape } from '../../../nodes';
import type { NodeAnalysis } from '../../graph/analyze';
import { formatCount } from '../format';

interface InspectorFactsProps {
  analysis: NodeAnalysis | undefined;
  /** Output shapes of the nodes connected to the inputs; null where one is not known. */
  inputShapes: (Shape | null)[];
}

/** Shows the input and output shapes, the parameter counts and the network of a node. */
export function InspectorFacts({ analysis, inputShapes }: InspectorFactsProps) {
  const { t } = useTranslation('inspector');
  const shapeText = (shape: Shape | null) => (shape ? formatShape(shape) : t('facts.unknown'));
  const count = analysis?.paramCount ?? null;
  const network = analysis?.network ?? null;
  const rows: [string, string, string][] = [
    [
      'input-shape',
      t('facts.inputShape'),
      inputShapes.length === 0 ? t('facts.none') : inputShapes.map(shapeText).join(', '),
    ],
    ['shape', t('facts.outputShape'), shapeText(analysis?.outputShape ?? null)],
  ];
  if (count) {
    rows.push(
      ['params', t('facts.paramCount'), formatCount(count.trainable + count.nonTrainable)],
      ['trainable', t('facts.trainable'), formatCount(count.trainable)],
      ['non-trainable', t('facts.nonTrainable'), formatCount(count.nonTrainable)],
    );
  }
  rows.push(['network', t('facts.network'), network ? t(`networks.${network}`) : t('facts.none')]);
  return (
    <dl className="gv-inspector__facts">
      {rows.map(([id, term, value]) => (
        <div key={id} className="gv-inspector__fact">
          <dt>{term}</dt>
          <dd
            data-testid={`inspector-${id}`}
            title={id.endsWith('shape') ? t('facts.shapeTooltip') : undefined}
          >
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
