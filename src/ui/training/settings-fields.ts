import type { TFunction } from 'i18next';
import { trainingSchema, type TrainingSettings } from '../../schema/preset';

/**
 * A training setting the toolbar lets the user edit. Its label, tooltip and the valid values
 * in words are in the `training` catalog under `settings.fields.<key>`.
 */
export interface SettingField {
  key: Exclude<keyof TrainingSettings, 'seed'>;
  min: number;
  max: number;
  step: number;
}

export const SETTING_FIELDS: readonly SettingField[] = [
  {
    key: 'batchSize',
    min: 1,
    max: 1024,
    step: 1,
  },
  {
    key: 'generatorLearningRate',
    min: 0,
    max: 1,
    step: 0.0001,
  },
  {
    key: 'discriminatorLearningRate',
    min: 0,
    max: 1,
    step: 0.0001,
  },
  {
    key: 'beta1',
    min: 0,
    max: 0.999,
    step: 0.05,
  },
];

/**
 * Checks each setting against the preset schema, the same rules a saved preset must meet.
 * Returns one message per invalid setting, naming it, what it expects and what it got, written
 * with `t` of the `training` namespace.
 */
export function checkSettings(settings: TrainingSettings, t: TFunction<'training'>): string[] {
  const messages: string[] = [];
  for (const field of SETTING_FIELDS) {
    const value = settings[field.key];
    if (!trainingSchema.shape[field.key].safeParse(value).success) {
      const prefix = `settings.fields.${field.key}`;
      messages.push(
        t('settings.invalid', {
          label: t(`${prefix}.label`),
          expected: t(`${prefix}.expected`),
          got: Number.isNaN(value) ? t('settings.nothing') : String(value),
        }),
      );
    }
  }
  return messages;
}
