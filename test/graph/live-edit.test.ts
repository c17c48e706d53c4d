import { describe, expect, it } from 'vitest';
import { classifyEdit, type TrainingSetup } from '../../src/graph/live-edit';
import { trainingSchema } from '../../src/schema/preset';
import { dcganGraph, setParam, wire } from '../support/graphs';

const setup = (): TrainingSetup => ({ graph: dcganGraph(), training: trainingSchema.parse({}) });

/** Classifies the edit that `change` makes to a copy of the DCGAN setup. */
function classify(change: (after: TrainingSetup) => void) {
  const before = setup();
  const after = setup();
  change(after);
  return classifyEdit(before, after);
}

describe('classifyEdit', () => {
  it('ignores positions, labels and order', () => {
    expect(
      classify(({ graph }) => {
        graph.nodes[0].position = { x: 500, y: 500 };
        graph.nodes[1].label = 'Projection';
        graph.nodes.reverse();
        graph.connections.reverse();
      }),
    ).toEqual({ kind: 'none' });
  });

  it('applies a LeakyReLU slope live', () => {
    expect(classify(({ graph }) => setParam(graph, 'd_lrelu1', 'alpha', 0.1))).toEqual({
      kind: 'live',
      params: [{ nodeId: 'd_lrelu1', param: 'alpha', value: 0.1 }],
      settings: {},
    });
  });

  it('applies learning rates and beta1 live', () => {
    const result = classify(({ training }) => {
      training.generatorLearningRate = 0.001;
      training.discriminatorLearningRate = 0.0005;
      training.beta1 = 0.9;
    });
    expect(result).toEqual({
      kind: 'live',
      params: [],
      settings: { generatorLearningRate: 0.001, discriminatorLearningRate: 0.0005, beta1: 0.9 },
    });
  });

  it('applies a dropout rate live', () => {
    const before = setup();
    before.graph.nodes.push({ id: 'drop', type: 'dropout', params: { rate: 0.3 }, position: { x: 0, y: 0 } });
    before.graph.connections = before.graph.connections.filter((c) => c.source !== 'd_flatten');
    before.graph.connections.push(wire('d_flatten', 'drop'), wire('drop', 'd_dense'));
    const after = structuredClone(before);
    setParam(after.graph, 'drop', 'rate', 0.5);
    expect(classifyEdit(before, after)).toEqual({
      kind: 'live',
      params: [{ nodeId: 'drop', param: 'rate', value: 0.5 }],
      settings: {},
    });
  });

  it('treats a slope typed out of range as invalid', () => {
    expect(classify(({ graph }) => setParam(graph, 'd_lrelu1', 'alpha', 3))).toEqual({ kind: 'invalid' });
  });

  it('treats an emptied learning rate as invalid', () => {
    expect(classify(({ training }) => (training.beta1 = Number.NaN))).toEqual({ kind: 'invalid' });
  });

  it('needs a stop for a changed activation function', () => {
    expect(classify(({ graph }) => setParam(graph, 'g_relu1', 'activation', 'tanh'))).toEqual({
      kind: 'structural',
      change: { what: 'param', nodeId: 'g_relu1', param: 'activation' },
    });
  });

  it('needs a stop for a parameter that changes shapes', () => {
    expect(classify(({ graph }) => setParam(graph, 'g_dense', 'units', 128))).toEqual({
      kind: 'structural',
      change: { what: 'param', nodeId: 'g_dense', param: 'units' },
    });
  });

  it('needs a stop for a changed momentum', () => {
    expect(classify(({ graph }) => setParam(graph, 'g_bn1', 'momentum', 0.8))).toEqual({
      kind: 'structural',
      change: { what: 'param', nodeId: 'g_bn1', param: 'momentum' },
    });
  });

  it('needs a stop for an added node', () => {
    const result = classify(({ graph }) =>
      graph.nodes.push({ id: 'drop', type: 'dropout', params: {}, position: { x: 0, y: 0 } }),
    );
    expect(result).toEqual({ kind: 'structural', change: { what: 'nodes' } });
  });

  it('needs a stop for a removed connection', () => {
    const result = classify(({ graph }) => graph.connections.pop());
    expect(result).toEqual({ kind: 'structural', change: { what: 'connections' } });
  });

  it('needs a stop for a changed batch size', () => {
    expect(classify(({ training }) => (training.batchSize = 64))).toEqual({
      kind: 'structural',
      change: { what: 'setting', setting: 'batchSize' },
    });
  });

  it('needs a stop when a node changes type under the same id', () => {
    const result = classify(({ graph }) => {
      graph.nodes.find((n) => n.id === 'd_lrelu1')!.type = 'dropout';
    });
    expect(result).toEqual({ kind: 'structural', change: { what: 'nodes' } });
  });
});
