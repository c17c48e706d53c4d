import { describe, expect, it } from 'vitest';
import { extractSubgraph } from '../../src/graph/subgraph';
import { readClipboardText, writeClipboardText } from '../../src/presets/clipboard-data';
import { mlpGan } from '../support/graphs';

describe('clipboard data', () => {
  it('reads back what it writes', () => {
    const piece = extractSubgraph(mlpGan(), ['g1', 'g2', 'g3']);

    const result = readClipboardText(writeClipboardText(piece));

    expect(result).toEqual({ ok: true, graph: piece });
  });

  it('writes a preset file', () => {
    const data = JSON.parse(writeClipboardText(extractSubgraph(mlpGan(), ['g1'])));

    expect(data.format).toBe('ganvas-preset');
    expect(data.version).toBe(2);
    expect(data.nodes).toHaveLength(1);
  });

  it('rejects text that is not JSON', () => {
    const result = readClipboardText('hello');

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-json');
  });

  it('rejects JSON that is not a preset', () => {
    const result = readClipboardText('{"nodes": []}');

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-a-preset');
  });

  it('rejects a node with an invalid parameter', () => {
    const data = JSON.parse(writeClipboardText(extractSubgraph(mlpGan(), ['g1'])));
    data.nodes[0].params.units = -5;

    const result = readClipboardText(JSON.stringify(data));

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-parameter');
  });

  it('rejects a connection to a node that was not copied', () => {
    const data = JSON.parse(writeClipboardText(extractSubgraph(mlpGan(), ['g1', 'g2'])));
    data.connections[0].target = 'g9';

    const result = readClipboardText(JSON.stringify(data));

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('connection-node-not-found');
  });
});
