import { useTranslation } from 'react-i18next';
import { localizeNodeType, type NodeType } from '../../../nodes';
import { useLanguage } from '../i18n/use-language';
import { checkParam } from '../../../nodes/validate-params';
import type { GanvasNode } from '../editor/ganvas-node';
import { ParamField } from '../node-view/param-field';

interface InspectorParamsProps {
  node: GanvasNode;
  nodeType: NodeType;
  onChange(params: Record<string, unknown>): void;
}

/** Edits every parameter of a node, each with its one-line doc under it. */
export function InspectorParams({ node, nodeType, onChange }: InspectorParamsProps) {
  const { t } = useTranslation('inspector');
  const texts = localizeNodeType(nodeType, useLanguage()).params;
  // A missing parameter takes its default, as in the analyzer and the node view.
  const valueOf = (name: string) =>
    name in node.params ? node.params[name] : nodeType.params[name].default;
  const specs = Object.entries(nodeType.params).filter(
    ([, spec]) => !spec.shownWhen || valueOf(spec.shownWhen.param) === spec.shownWhen.equals,
  );
  if (specs.length === 0) return <p className="gv-inspector__note">{t('noParams')}</p>;
  return (
    <div className="gv-inspector__params" data-testid="inspector-params-list">
      {specs.map(([name, spec]) => {
        const value = valueOf(name);
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
