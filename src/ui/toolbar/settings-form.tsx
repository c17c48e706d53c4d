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
}

/**
 * Renders the training settings as labelled number fields. An empty or invalid field is stored
 * as NaN.
 */
export function SettingsForm({ settings, onChange, disabled, source }: SettingsFormProps) {
  const { t } = useTranslation('training');
  return (
    <fieldset className="gv-settings" disabled={disabled}>
      <legend className="gv-visually-hidden">{t('settings.legend')}</legend>
      {SETTING_FIELDS.map((field) => (
        <SettingInput
          key={`${field.key}:${source}`}
          field={field}
          value={settings[field.key]}
          onChange={(value) => onChange({ ...settings, [field.key]: value })}
        />
      ))}
    </fieldset>
  );
}

interface SettingInputProps {
  field: SettingField;
  value: number;
  onChange(value: number): void;
}

function SettingInput({ field, value, onChange }: SettingInputProps) {
  const [text, setText] = useState(Number.isNaN(value) ? '' : String(value));
  const id = `setting-${field.key}`;
  const { t } = useTranslation('training');
  return (
    <label className="gv-setting" htmlFor={id} title={t(`settings.fields.${field.key}.doc`)}>
      <span className="gv-setting__label">{t(`settings.fields.${field.key}.label`)}</span>
      <input
        id={id}
        className="gv-setting__input"
        type="number"
        min={field.min}
        max={field.max}
        step={field.step}
        value={text}
        data-testid={id}
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value.trim() === '' ? Number.NaN : Number(event.target.value));
        }}
      />
    </label>
  );
}
