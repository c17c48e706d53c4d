import { defineNodeType, NO_PARAMS } from './types';

export const generatorOutput = defineNodeType<Record<string, never>>({
  type: 'generatorOutput',
  title: 'Generator output',
  category: 'output',
  role: 'generator-end',
  summary: 'Ends the generator. Its fake images go on to the discriminator; samples show here.',
  inputs: [{ key: 'in', label: 'images', socket: 'feature' }],
  outputs: [{ key: 'out', label: 'fake images', socket: 'image' }],
  params: {},
  inferShape: (input) => ({ shape: [...input!] }),
  countParams: () => NO_PARAMS,
});

export const discriminatorOutput = defineNodeType<Record<string, never>>({
  type: 'discriminatorOutput',
  title: 'Discriminator output',
  category: 'output',
  role: 'discriminator-end',
  summary: 'Ends the discriminator: one score per image, real or fake. Losses show here.',
  inputs: [{ key: 'in', label: 'score', socket: 'feature' }],
  outputs: [],
  params: {},
  inferShape: (input) => {
    if (input!.length !== 1 || input![0] !== 1) {
      return {
        error: `The discriminator must end in one score per image, shape [1], but gets [${input!.join(', ')}]: end it with Dense(1).`,
      };
    }
    return { shape: [1] };
  },
  countParams: () => NO_PARAMS,
});
