import { readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/graph/analyze';
import { parsePreset } from '../../src/presets/preset-file';
import { chain, dcganGraph, join, mlpGan, setParam, wire } from '../support/graphs';

const shapeOf = (graph: ReturnType<typeof dcganGraph>, id: string) => analyzeGraph(graph).nodes.get(id)!.outputShape;
const messagesOn = (graph: ReturnType<typeof dcganGraph>, id: string | null) =>
  analyzeGraph(graph)
    .diagnostics.filter((d) => d.nodeId === id)
    .map((d) => d.message);

describe('analyzeGraph on the DCGAN preset', () => {
  const analysis = analyzeGraph(dcganGraph());

  it('has no diagnostics and finds the GAN', () => {
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.gan).toMatchObject({
      latentSize: 100,
      imageShape: [28, 28, 1],
      outputKind: 'probabilities',
      datasetName: 'mnist',
    });
  });

  it.each([
    ['latent', [100], 0],
    ['g_dense', [6272], 633_472],
    ['g_reshape', [7, 7, 128], 0],
    ['g_deconv1', [14, 14, 64], 204_864],
    ['g_bn2', [14, 14, 64], 256],
    ['g_deconv2', [28, 28, 1], 1_601],
    ['generator', [28, 28, 1], 0],
    ['d_conv1', [14, 14, 64], 1_664],
    ['d_conv2', [7, 7, 128], 204_928],
    ['d_flatten', [6272], 0],
    ['d_dense', [1], 6_273],
    ['discriminator', [1], 0],
  ])('%s outputs %j with %i weights', (id, shape, weights) => {
    const node = analysis.nodes.get(id)!;
    expect(node.outputShape).toEqual(shape);
    expect(node.paramCount!.trainable + node.paramCount!.nonTrainable).toBe(weights);
  });

  it('sums each network', () => {
    // G: 633,472 + 4 * 6272 (BN) + 204,864 + 4 * 64 (BN) + 1,601
    expect(analysis.gan!.generatorParams).toBe(633_472 + 25_088 + 204_864 + 256 + 1_601);
    // D: 1,664 + 204,928 + 6,273
    expect(analysis.gan!.discriminatorParams).toBe(212_865);
  });
});

describe('analyzeGraph diagnostics', () => {
  it('flags valid padding that grows the generator to 34x34', () => {
    const graph = dcganGraph();
    setParam(graph, 'g_deconv1', 'padding', 'valid');
    setParam(graph, 'g_deconv2', 'padding', 'valid');
    expect(shapeOf(graph, 'g_deconv1')).toEqual([17, 17, 64]);
    expect(shapeOf(graph, 'g_deconv2')).toEqual([37, 37, 1]);
    expect(messagesOn(graph, 'generator')).toEqual([
      "The generator makes [37, 37, 1] images but the dataset's images are [28, 28, 1]: " +
        "change the generator's layers so that it ends in [28, 28, 1].",
    ]);
    expect(analyzeGraph(graph).gan).toBeNull();
  });

  it('flags the valid variant with kernel 4 at 17 then 34', () => {
    const graph = dcganGraph();
    setParam(graph, 'g_deconv1', 'padding', 'valid');
    setParam(graph, 'g_deconv2', 'padding', 'valid');
    setParam(graph, 'g_deconv2', 'kernelSize', 2);
    expect(shapeOf(graph, 'g_deconv1')).toEqual([17, 17, 64]);
    expect(shapeOf(graph, 'g_deconv2')).toEqual([34, 34, 1]);
    expect(messagesOn(graph, 'generator')).toHaveLength(1);
    expect(messagesOn(graph, 'generator')[0]).toContain('[34, 34, 1]');
  });

  it('names the cycle on each node in it', () => {
    const graph = dcganGraph();
    graph.connections.push(wire('g_relu1', 'g_bn1'));
    const analysis = analyzeGraph(graph);
    const cycleMessage =
      'This node is part of a cycle BatchNormalization (g_bn1) → Activation (g_relu1) → ' +
      'BatchNormalization (g_bn1): remove one of these connections.';
    for (const id of ['g_bn1', 'g_relu1']) {
      expect(analysis.nodes.get(id)!.diagnostics.map((d) => d.message)).toContain(cycleMessage);
    }
    expect(analysis.nodes.get('g_dense')!.diagnostics).toEqual([]);
    expect(analysis.gan).toBeNull();
  });

  it('flags a layer with no input', () => {
    const graph = dcganGraph();
    graph.connections = graph.connections.filter((c) => c.target !== 'g_reshape');
    expect(messagesOn(graph, 'g_reshape')).toEqual([
      'Reshape (g_reshape) has no input: connect the output of the node before it.',
    ]);
  });

  it('flags an out-of-range parameter and keeps shapes from the default', () => {
    const graph = setParam(dcganGraph(), 'g_dense', 'units', 0);
    expect(messagesOn(graph, 'g_dense')).toEqual(['Dense (g_dense): units must be between 1 and 65536, got 0.']);
    expect(analyzeGraph(graph).gan).toBeNull();
  });

  it('flags a Reshape that changes the number of values', () => {
    const graph = setParam(dcganGraph(), 'g_reshape', 'targetShape', [7, 7, 64]);
    expect(messagesOn(graph, 'g_reshape')).toEqual([
      'Reshape cannot turn [6272] (6272 values) into [7, 7, 64] (3136 values): make the shapes hold the same number of values.',
    ]);
  });

  it('rejects a discriminator that ends in ReLU', () => {
    const graph = mlpGan({ discriminatorEnd: 'relu' });
    expect(messagesOn(graph, 'discriminator')).toEqual([
      'The discriminator ends in relu, which is not a score: end it with a Sigmoid activation ' +
        '(probabilities) or with Dense(1) and no activation (logits).',
    ]);
  });

  it('reads a linear end as logits', () => {
    expect(analyzeGraph(mlpGan({ discriminatorEnd: 'linear' })).gan!.outputKind).toBe('logits');
  });

  it('reports missing output nodes on the whole graph', () => {
    const graph = chain(['latent', 'latentNoise', { size: 10 }], ['g1', 'dense', { units: 4 }]);
    expect(messagesOn(graph, null)).toEqual([
      'The graph has no Image dataset node: add one from the palette and connect it.',
      'The graph has no Generator output node: add one from the palette and connect it.',
      'The graph has no Discriminator output node: add one from the palette and connect it.',
    ]);
  });

  it('flags two ordinary inputs into one layer', () => {
    const graph = mlpGan();
    graph.connections.push(wire('g1', 'g3'));
    expect(messagesOn(graph, 'g3')).toEqual(['Dense (g3) takes one input but has 2: remove all but one connection.']);
  });

  it('flags noise wired straight into the discriminator', () => {
    const graph = join([mlpGan()], []);
    graph.connections = graph.connections.filter((c) => c.source !== 'generator');
    graph.connections.push(wire('g5', 'd1'));
    expect(messagesOn(graph, 'd1')).toEqual(['Flatten (d1) takes one input but has 2: remove all but one connection.']);
    expect(messagesOn(graph, 'generator')).toContain(
      'The images of Generator output (generator) do not reach Discriminator output (discriminator): ' +
        'connect them to the first layer of the discriminator.',
    );
  });

  it('uses the label in messages', () => {
    const graph = dcganGraph();
    graph.nodes.find((n) => n.id === 'g_reshape')!.label = 'to <image> & back';
    graph.connections = graph.connections.filter((c) => c.target !== 'g_reshape');
    expect(messagesOn(graph, 'g_reshape')[0]).toBe(
      '"to <image> & back" has no input: connect the output of the node before it.',
    );
  });

  it('warns about a layer that leads nowhere', () => {
    const graph = mlpGan();
    graph.nodes.push({ id: 'extra', type: 'dense', params: { units: 3 }, position: { x: 0, y: 0 } });
    graph.connections.push(wire('g1', 'extra'));
    const analysis = analyzeGraph(graph);
    expect(analysis.nodes.get('extra')!.outputShape).toEqual([3]);
    expect(analysis.diagnostics.filter((d) => d.nodeId === 'extra')).toEqual([
      {
        nodeId: 'extra',
        code: 'unused-node',
        severity: 'warning',
        message: 'Dense (extra) does not lead to an output node, so it is not part of either network.',
        messageRu: 'Dense (extra) не ведёт к выходному узлу, поэтому не входит ни в одну из сетей.',
      },
    ]);
    expect(analysis.gan).not.toBeNull();
  });

  it('lets a lone new node warn without blocking training', () => {
    const graph = mlpGan();
    graph.nodes.push({ id: 'lone', type: 'dropout', params: {}, position: { x: 0, y: 0 } });
    const analysis = analyzeGraph(graph);
    expect(analysis.diagnostics.filter((d) => d.nodeId === 'lone')).toEqual([
      {
        nodeId: 'lone',
        code: 'missing-input',
        severity: 'warning',
        message: 'Dropout (lone) has no input: connect the output of the node before it.',
        messageRu: 'Узел Dropout (lone) не имеет входа: подключите к нему выход предыдущего узла.',
      },
    ]);
    expect(analysis.gan).not.toBeNull();
  });

  it('reports an unknown node type by name', () => {
    const graph = mlpGan();
    graph.nodes.push({ id: 'x', type: 'conv3d', params: {}, position: { x: 0, y: 0 } });
    expect(messagesOn(graph, 'x')).toEqual(['Unknown node type "conv3d": delete this node or replace it.']);
  });
});

describe('analyzeGraph on a preset with a wire of the wrong kind', () => {
  const text = readFileSync(joinPath(import.meta.dirname, '../../presets/dcgan-mnist.json'), 'utf8');
  const json = JSON.parse(text);
  const tanhWire = json.connections.find((c: { source: string }) => c.source === 'g_tanh');
  tanhWire.source = 'latent';
  const parsed = parsePreset(JSON.stringify(json));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const analysis = analyzeGraph(parsed.preset);

  it('reports the connection on its target with both kinds', () => {
    expect(analysis.diagnostics.filter((d) => d.nodeId === 'generator')).toEqual([
      {
        nodeId: 'generator',
        code: 'incompatible-connection',
        severity: 'error',
        message:
          'Latent noise (latent) outputs a noise vector, but the input "images" of Generator output ' +
          '(generator) takes only a feature tensor from a layer: remove this connection, or put a ' +
          'layer such as Dense between them.',
        messageRu:
          'Латентный шум (latent) выдаёт вектор шума, а вход «изображения» узла Выход генератора ' +
          '(generator) принимает только тензор признаков от слоя: удалите эту связь или поставьте ' +
          'между ними слой, например Dense.',
      },
    ]);
  });

  it('finds no GAN', () => {
    expect(analysis.gan).toBeNull();
  });
});
