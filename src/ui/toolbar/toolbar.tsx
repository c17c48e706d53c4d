import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuiltinPreset } from '../../presets/builtin';
import { LanguageSwitch } from '../i18n/language-switch';

interface ToolbarProps {
  presets: readonly BuiltinPreset[];
  presetId: string;
  /** Name of the preset on screen when it is not a built-in one, e.g. from a file. */
  openedName: string;
  onPresetChange(id: string): void;
  /** False while training runs, so that the graph under training is not replaced. */
  canChangePreset: boolean;
  buttons: ReactNode;
  settings: ReactNode;
}

/** Renders the top bar: the app name, the preset picker, the training buttons and the settings. */
export function Toolbar(props: ToolbarProps) {
  const { presets, presetId, openedName, onPresetChange, canChangePreset, buttons, settings } = props;
  const { t } = useTranslation('toolbar');
  return (
    <header className="gv-toolbar">
      <div className="gv-brand">
        <span className="gv-brand__mark" aria-hidden="true" />
        <span className="gv-brand__name">Ganvas</span>
      </div>
      <label className="gv-preset" title={t('preset.tooltip')}>
        <span className="gv-visually-hidden">{t('preset.label')}</span>
        <select
          className="gv-preset__select"
          value={presetId}
          disabled={!canChangePreset}
          data-testid="preset-picker"
          onChange={(event) => onPresetChange(event.target.value)}
        >
          {!presets.some((preset) => preset.id === presetId) && (
            <option value={presetId} disabled>
              {openedName || t('preset.opened')}
            </option>
          )}
          {presets.map((preset) => (
            <option
              key={preset.id}
              value={preset.id}
              title={t(`builtin.${preset.id}.description`, { defaultValue: preset.description })}
            >
              {t(`builtin.${preset.id}.name`, { defaultValue: preset.name })}
            </option>
          ))}
        </select>
      </label>
      {buttons}
      {settings}
      <LanguageSwitch />
    </header>
  );
}
