import { useTranslation } from 'react-i18next';
import { localizeNodeType, type NodeType } from '../../../nodes';
import { useLanguage } from '../i18n/use-language';
import { checkParam } from '../../../nodes/validate-params';
import type { GanvasNode } from '../editor/ganvas-node';
import { ParamField } from '../node-view/param-field';
import { visibleParams } from '../node-view/visible-params';

interface InspectorParamsProps {
  node: GanvasNode;
  nodeType: NodeType;
  onChange(params: Record<string, unknown>): void;
}

/** Edits every parameter of a node, each with its one-line doc under it. */
export function InspectorParams({ node, nodeType, onChange }: InspectorParamsProps) {
  const { t } = useTranslation('inspector');
  const texts = localizeNodeType(nodeType, useLanguage()).params;
  const params = visibleParams(nodeType, node.params);
  if (params.length === 0) return <p className="gv-inspector__note">{t('noParams')}</p>;
  return (
    <div className="gv-inspector__params" data-testid="inspector-params-list">
      {params.map(({ name, spec, value }) => {
        return (
          <div key={`${node.id}/${name}`} className="gv-inspector__param">
            <ParamField
              name={name}
              spec={spec}
              label={texts[name].label}
              doc={texts[name].doc}
              value={value}
              invalid={checkParam(name, spec, value) !== null}
              onChange={(next) => onChange({ ...node.params, [name]: next })}
            />
            <p className="gv-inspector__doc">{texts[name].doc}</p>
          </div>
        );
      })}
    </div>
  );
}
