import { describe, expect, it } from 'vitest';
import { getNodeType, localizeNodeType, NODE_TYPES } from '../../nodes';

describe('node help', () => {
  it.each(NODE_TYPES.map((t) => ({ type: t.type, nodeType: t })))(
    '$type has every text in both languages',
    ({ nodeType }) => {
      for (const language of ['en', 'ru'] as const) {
        const texts = localizeNodeType(nodeType, language);
        expect(texts.title.trim(), language).not.toBe('');
        expect(texts.summary.trim(), language).not.toBe('');
        expect(texts.help.about.length, language).toBeGreaterThan(80);
        expect(texts.help.advice.length, language).toBeGreaterThan(60);
        expect(Object.keys(texts.params).sort(), language).toEqual(Object.keys(nodeType.params).sort());
        for (const [name, param] of Object.entries(texts.params)) {
          expect(param.label.trim(), `${language} ${name}`).not.toBe('');
          expect(param.doc.trim(), `${language} ${name}`).not.toBe('');
        }
        const portKeys = [...nodeType.inputs, ...nodeType.outputs].map((p) => p.key);
        expect(Object.keys(texts.ports).sort(), language).toEqual([...new Set(portKeys)].sort());
      }
    },
  );

  it('Russian texts are written in Cyrillic', () => {
    for (const nodeType of NODE_TYPES) {
      const { summary, help } = localizeNodeType(nodeType, 'ru');
      expect(summary, nodeType.type).toMatch(/[а-яё]/i);
      expect(help.about, nodeType.type).toMatch(/[а-яё]{4,}/i);
      expect(help.advice, nodeType.type).toMatch(/[а-яё]{4,}/i);
    }
  });

  it('explains the activations in English', () => {
    const { about, advice } = getNodeType('activation').help.en;
    expect(about).toContain('max(0, x)');
    expect(about).toContain('dead');
    expect(about).toContain('f(x) = max(ax, x)');
    expect(about).toContain('usual choice in discriminators');
    expect(about).toContain('from -1 to 1');
    expect(about).toContain("generator's last layer");
    expect(about).toContain('from 0 to 1');
    expect(about).toContain('gradient vanishes');
    expect(advice).toContain('compare');
  });

  it('explains the activations in Russian', () => {
    const { about, advice } = getNodeType('activation').help.ru;
    expect(about).toContain('max(0, x)');
    expect(about).toContain('умереть');
    expect(about).toContain('f(x) = max(ax, x)');
    expect(about).toContain('обычный выбор в дискриминаторах');
    expect(about).toContain('от -1 до 1');
    expect(about).toContain('последнего слоя генератора');
    expect(about).toContain('от 0 до 1');
    expect(about).toContain('градиент исчезает');
    expect(advice).toContain('сравнивайте');
  });

  it('explains transposed convolutions in both languages', () => {
    const { en, ru } = getNodeType('conv2dTranspose').help;
    expect(en.about).toContain('grows by the stride');
    expect(en.about).toContain('latent vector');
    expect(en.about).toContain('segmentation');
    expect(en.about).toContain('super-resolution');
    expect(ru.about).toContain('в шаг раз');
    expect(ru.about).toContain('латентный вектор');
    expect(ru.about).toContain('сегментации');
    expect(ru.about).toContain('сверхразрешения');
  });
});
