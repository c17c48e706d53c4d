import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from '../../nodes';
import { filterNodeTypes } from '../../src/ui/palette-search';

const typesFor = (query: string) => filterNodeTypes(NODE_TYPES, query).map((t) => t.type);

describe('filterNodeTypes', () => {
  it('matches titles ignoring case', () => {
    expect(typesFor('CONV2D')).toEqual(['conv2dTranspose', 'conv2d']);
  });

  it('matches summaries', () => {
    expect(typesFor('upsampling')).toEqual(['conv2dTranspose']);
  });

  it('needs every word', () => {
    expect(typesFor('conv2d halves')).toEqual(['conv2d']);
  });

  it('keeps every type for a blank query', () => {
    expect(typesFor('  ')).toHaveLength(NODE_TYPES.length);
  });

  it('returns nothing without a match', () => {
    expect(typesFor('transformer')).toEqual([]);
  });
});
