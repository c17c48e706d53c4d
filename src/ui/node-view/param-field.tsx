import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParamSpec } from '../../../nodes';
import { formatParamText, parseParamText } from './param-text';

interface ParamFieldProps {
  name: string;
  spec: ParamSpec;
  /** The label and doc in the interface language. */
  label: string;
  doc: string;
  value: unknown;
  /** True when the analyzer reports a problem with this parameter. */
  invalid: boolean;
  onChange(value: unknown): void;
}

/** Renders one labelled parameter editor, chosen by the kind of the parameter's spec. */
export function ParamField(props: ParamFieldProps) {
  const { name, spec, label, doc, value, invalid, onChange } = props;
  const id = useId();
  const { t } = useTranslation('nodeView');
  const tooltip = t('param.tooltip', { doc, name, default: formatParamText(spec, spec.default) });
  return (
    <div className={`gv-param${invalid ? ' is-invalid' : ''}`} title={tooltip}>
      <label htmlFor={id} className="gv-param__label">
        {label}
      </label>
      <ParamControl id={id} spec={spec} value={value} onChange={onChange} />
    </div>
  );
}

type ControlProps = Pick<ParamFieldProps, 'spec' | 'value' | 'onChange'> & { id: string };

function ParamControl({ id, spec, value, onChange }: ControlProps) {
  switch (spec.kind) {
    case 'bool':
      return (
        <input
          id={id}
          type="checkbox"
          className="gv-param__checkbox"
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
        />
      );
    case 'choice':
      return (
        <select
          id={id}
          className="gv-param__input"
          value={String(value)}
          onChange={(event) => onChange(event.target.value)}
        >
          {/* An invalid stored value stays visible, so the user sees what the error is about. */}
          {!spec.options.includes(String(value)) && (
            <option value={String(value)}>{String(value)}</option>
          )}
          {spec.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
    case 'int':
    case 'float':
    case 'shape':
      return <TextControl id={id} spec={spec} value={value} onChange={onChange} />;
  }
}

/**
 * Renders a number or shape field that keeps the user's text while it is typed, even when it
 * does not parse, and stores the parsed value (or the raw text) on every keystroke.
 */
function TextControl({ id, spec, value, onChange }: ControlProps) {
  const [text, setText] = useState(() => formatParamText(spec, value));
  // The value this field last showed or stored. A different value came from outside, such as
  // an undo, so the text is reset to it during render.
  const [shownValue, setShownValue] = useState(value);
  if (!Object.is(value, shownValue)) {
    setShownValue(value);
    setText(formatParamText(spec, value));
  }
  const numeric = spec.kind === 'int' || spec.kind === 'float';
  const { t } = useTranslation('nodeView');
  return (
    <input
      id={id}
      className="gv-param__input"
      type={numeric ? 'number' : 'text'}
      inputMode={numeric ? 'decimal' : 'text'}
      spellCheck={false}
      value={text}
      {...(numeric && {
        min: spec.min,
        max: spec.max,
        step: spec.kind === 'float' ? spec.step : 1,
      })}
      {...(spec.kind === 'shape' && { placeholder: t('param.shapePlaceholder') })}
      onChange={(event) => {
        const parsed = parseParamText(spec, event.target.value);
        setText(event.target.value);
        setShownValue(parsed);
        onChange(parsed);
      }}
    />
  );
}
