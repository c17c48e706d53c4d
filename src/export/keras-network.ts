import { layerName } from '../compile/layer-names';
import type { Shape } from '../../nodes';
import type { GraphAnalysis, Network } from '../graph/analyze';
import type { GanStructure } from '../graph/gan-structure';
import type { Graph } from '../schema/preset';
import { kerasLayerCall, type KerasLayerCall } from './keras-layers';

/** One layer of an exported network, with what its comment in the script shows. */
export interface KerasNetworkLayer {
  nodeId: string;
  /** The node's label, if it has one. It is user text, so it may go into comments only. */
  label: string | undefined;
  /** Layer name, the same as the tfjs layer's name. */
  name: string;
  call: KerasLayerCall;
  /** Output shape without the batch dimension. */
  outputShape: Shape;
  /** Trainable and non-trainable weights, as tfjs `countParams()` and Keras `count_params()`. */
  paramCount: number;
}

/** The generator or the discriminator as a chain of Keras layers from one input. */
export interface KerasNetwork {
  name: Network;
  /** Name of the model input, as in the tfjs model: `latent` or `images`. */
  inputName: string;
  inputShape: Shape;
  layers: KerasNetworkLayer[];
  paramCount: number;
}

/**
 * Names a layer as compileGan does, `<network>_<node id>`, with every character of the id
 * other than letters, digits, `_`, `.` and `-` replaced by `_`. Such a name is valid in tfjs,
 * in Keras and in TensorFlow name scopes.
 */
export function kerasLayerName(network: Network, nodeId: string): string {
  return layerName(network, nodeId);
}

/** Lists the layers of both networks of an analyzed GAN, input to output. */
export function planKerasNetworks(
  graph: Graph,
  analysis: GraphAnalysis,
  gan: GanStructure,
): { generator: KerasNetwork; discriminator: KerasNetwork } {
  const generator = planNetwork(graph, analysis, {
    name: 'generator',
    inputName: 'latent',
    inputShape: [gan.latentSize],
    inputNodes: [gan.latentId],
    outputNode: gan.generatorOutputId,
  });
  const discriminator = planNetwork(graph, analysis, {
    name: 'discriminator',
    inputName: 'images',
    inputShape: gan.imageShape,
    inputNodes: [gan.datasetId, gan.generatorOutputId],
    outputNode: gan.discriminatorOutputId,
  });
  return { generator, discriminator };
}

interface NetworkEnds {
  name: Network;
  inputName: string;
  inputShape: Shape;
  /** Nodes whose output is the network's input. */
  inputNodes: string[];
  outputNode: string;
}

/**
 * Follows the output node's input back to an input node. Every node but the discriminator's
 * first layer has one input, and both inputs of that one are the network input, so the nodes
 * on the way form a chain.
 */
function planNetwork(graph: Graph, analysis: GraphAnalysis, ends: NetworkEnds): KerasNetwork {
  const chain: string[] = [];
  let id = ends.outputNode;
  while (!ends.inputNodes.includes(id)) {
    // A graph without errors has no cycle, so a walk longer than the graph is a bug.
    if (chain.length > graph.nodes.length) {
      throw new Error(`${ends.name}: the walk from the output does not end`);
    }
    chain.push(id);
    const current = id;
    const source = graph.connections.find((c) => c.target === current)?.source;
    if (source === undefined) throw new Error(`${ends.name}: node ${current} has no input`);
    id = source;
  }
  chain.reverse();

  const layers: KerasNetworkLayer[] = [];
  for (const nodeId of chain) {
    const node = analysis.nodes.get(nodeId);
    if (!node?.nodeType || !node.outputShape || !node.paramCount) {
      throw new Error(`${ends.name}: node ${nodeId} has not been analyzed`);
    }
    const call = kerasLayerCall(node.nodeType, node.params);
    if (!call) continue;
    layers.push({
      nodeId,
      label: graph.nodes.find((n) => n.id === nodeId)?.label,
      name: kerasLayerName(ends.name, nodeId),
      call,
      outputShape: node.outputShape,
      paramCount: node.paramCount.trainable + node.paramCount.nonTrainable,
    });
  }
  const paramCount = layers.reduce((sum, layer) => sum + layer.paramCount, 0);
  return { name: ends.name, inputName: ends.inputName, inputShape: ends.inputShape, layers, paramCount };
}
