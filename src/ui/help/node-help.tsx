import { useTranslation } from 'react-i18next';
import {
  explainOutputShape,
  findNodeType,
  localizeNodeType,
  type ParamSpec,
  type Shape,
} from '../../../nodes';
import { validateParams } from '../../../nodes/validate-params';
import { useLanguage } from '../i18n/use-language';
import { formatParamText } from '../node-view/param-text';
import './node-help.css';

/** Props of NodeHelp. */
export interface NodeHelpProps {
  /** The node type name, as stored in presets, e.g. `conv2dTranspose`. */
  type: string;
  /** The node's parameter values; missing or invalid ones are shown with their defaults. */
  params?: Record<string, unknown>;
  /** The shape reaching the node's input, or null or left out when it is not known yet. */
  inputShape?: Shape | null;
  /** Shows the localized type title as a heading; off where the host has its own heading. */
  showTitle?: boolean;
}

/**
 * Shows a node type's help in the interface language: what it does, the output-size formula
 * with the current numbers, each parameter with its current value, and practical advice.
 */
export function NodeHelp({ type, params = {}, inputShape = null, showTitle = false }: NodeHelpProps) {
  const { t } = useTranslation('help');
  const language = useLanguage();
  const nodeType = findNodeType(type);
  if (!nodeType) {
    return (
      <div className="gv-node-help" data-testid="node-help">
        {t('unknownType', { type })}
      </div>
    );
  }

  const texts = localizeNodeType(nodeType, language);
  const { values } = validateParams(nodeType, params);
  const formula = explainOutputShape(nodeType, inputShape, values, language);
  const waitsForInput = nodeType.inputs.length > 0 && inputShape === null;
  const specs = Object.entries(nodeType.params) as [string, ParamSpec][];

  return (
    <div className="gv-node-help" data-testid="node-help" lang={language}>
      {showTitle && <h3 className="gv-node-help__title">{texts.title}</h3>}
      <p className="gv-node-help__summary">{texts.summary}</p>
      <p>{texts.help.about}</p>

      <h4>{t('outputSize')}</h4>
      {formula ? (
        <ol className="gv-node-help__formula" data-testid="node-help-formula">
          {formula.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      ) : (
        <p className="gv-node-help__note">{waitsForInput ? t('noInput') : t('noShape')}</p>
      )}

      <h4>{t('parameters')}</h4>
      {specs.length === 0 ? (
        <p>{t('noParameters')}</p>
      ) : (
        <dl className="gv-node-help__params">
          {specs.map(([name, spec]) => (
            <div key={name}>
              <dt>
                {texts.params[name].label}{' '}
                <span className="gv-node-help__param-meta">
                  {t('paramMeta', {
                    name,
                    value: formatParamText(spec, values[name]),
                    default: formatParamText(spec, spec.default),
                  })}
                </span>
              </dt>
              <dd>{texts.params[name].doc}</dd>
            </div>
          ))}
        </dl>
      )}

      <h4>{t('advice')}</h4>
      <p>{texts.help.advice}</p>
    </div>
  );
}
