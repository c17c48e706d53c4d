import { trainingSchema, type TrainingSettings } from '../../schema/preset';

/** A training setting the toolbar lets the user edit. */
export interface SettingField {
  key: Exclude<keyof TrainingSettings, 'seed'>;
  label: string;
  /** Tooltip: what the setting sets, with its unit. */
  doc: string;
  /** The valid values in words, for the message shown when a value is outside them. */
  expected: string;
  min: number;
  max: number;
  step: number;
}

export const SETTING_FIELDS: readonly SettingField[] = [
  {
    key: 'batchSize',
    label: 'Batch',
    doc: 'Real images per training step; the generator makes as many fakes.',
    expected: 'a whole number from 1 to 1024',
    min: 1,
    max: 1024,
    step: 1,
  },
  {
    key: 'generatorLearningRate',
    label: 'G lr',
    doc: 'Learning rate of the generator’s Adam optimizer.',
    expected: 'a number above 0 and at most 1',
    min: 0,
    max: 1,
    step: 0.0001,
  },
  {
    key: 'discriminatorLearningRate',
    label: 'D lr',
    doc: 'Learning rate of the discriminator’s Adam optimizer.',
    expected: 'a number above 0 and at most 1',
    min: 0,
    max: 1,
    step: 0.0001,
  },
  {
    key: 'beta1',
    label: 'β1',
    doc:
      'Adam beta1 of both optimizers: the decay rate of the running mean of gradients. ' +
      'DCGAN uses 0.5.',
    expected: 'a number from 0 up to but not including 1',
    min: 0,
    max: 0.999,
    step: 0.05,
  },
];

/**
 * Checks each setting against the preset schema, the same rules a saved preset must meet.
 * Returns one message per invalid setting, naming it, what it expects and what it got.
 */
export function checkSettings(settings: TrainingSettings): string[] {
  const messages: string[] = [];
  for (const field of SETTING_FIELDS) {
    const value = settings[field.key];
    if (!trainingSchema.shape[field.key].safeParse(value).success) {
      const got = Number.isNaN(value) ? 'nothing' : String(value);
      messages.push(`${field.label} must be ${field.expected}, got ${got}.`);
    }
  }
  return messages;
}
