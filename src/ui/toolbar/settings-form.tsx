import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingSettings } from '../../schema/preset';
import { SETTING_FIELDS, type SettingField } from '../training/settings-fields';

interface SettingsFormProps {
  settings: TrainingSettings;
  onChange(settings: TrainingSettings): void;
  disabled: boolean;
  /** Changes when settings come from elsewhere, e.g. a loaded preset, to refill the fields. */
  source: number;
  /** Settings that cannot change now, such as the batch size while training runs. */
  locked?: { keys: readonly SettingField['key'][]; reason: string };
}

/**
 * Renders the training settings as labelled number fields. An empty or invalid field is stored
 * as NaN.
 */
export function SettingsForm({ settings, onChange, disabled, source, locked }: SettingsFormProps) {
  const { t } = useTranslation('training');
  return (
    <fieldset className="gv-settings" disabled={disabled}>
      <legend className="gv-visually-hidden">{t('settings.legend')}</legend>
      {SETTING_FIELDS.map((field) => (
        <SettingInput
          key={`${field.key}:${source}`}
          field={field}
          value={settings[field.key]}
          lockedReason={locked?.keys.includes(field.key) ? locked.reason : null}
          onChange={(value) => onChange({ ...settings, [field.key]: value })}
        />
      ))}
    </fieldset>
  );
}

interface SettingInputProps {
  field: SettingField;
  value: number;
  /** The reason the field cannot change now, shown as its tooltip, or null when it can. */
  lockedReason: string | null;
  onChange(value: number): void;
}

function SettingInput({ field, value, lockedReason, onChange }: SettingInputProps) {
  const [text, setText] = useState(Number.isNaN(value) ? '' : String(value));
  const id = `setting-${field.key}`;
  const { t } = useTranslation('training');
  return (
    <label
      className="gv-setting"
      htmlFor={id}
      title={lockedReason ?? t(`settings.fields.${field.key}.doc`)}
    >
      <span className="gv-setting__label">{t(`settings.fields.${field.key}.label`)}</span>
      <input
        id={id}
        className="gv-setting__input"
        type="number"
        min={field.min}
        max={field.max}
        step={field.step}
        value={text}
        disabled={lockedReason !== null}
        data-testid={id}
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value.trim() === '' ? Number.NaN : Number(event.target.value));
        }}
      />
    </label>
  );
}
