import * as tf from '@tensorflow/tfjs';
import { analyzeGraph, type GraphAnalysis } from '../graph/analyze';
import { reachesFrom, type GanStructure } from '../graph/gan-structure';
import type { Graph } from '../schema/preset';
import { layerName } from './layer-names';

export interface CompiledGan {
  generator: tf.LayersModel;
  discriminator: tf.LayersModel;
  structure: GanStructure;
}

/** Thrown when a graph with errors is compiled; the diagnostics say what to fix. */
export class GraphHasErrors extends Error {
  constructor(readonly analysis: GraphAnalysis) {
    const first = analysis.errors[0]?.message ?? 'the graph is not a complete GAN';
    super(`The graph cannot be compiled: ${first}`);
    this.name = 'GraphHasErrors';
  }
}

/**
 * Builds the generator and the discriminator of a graph as two tfjs functional models. Each
 * layer node becomes one tfjs layer named after its node id, in the graph's topological order.
 */
export function compileGan(graph: Graph, analysis: GraphAnalysis = analyzeGraph(graph)): CompiledGan {
  const gan = analysis.gan;
  if (!gan) throw new GraphHasErrors(analysis);

  const generator = buildModel(graph, analysis, {
    name: 'generator',
    input: tf.input({ shape: [gan.latentSize], name: 'latent' }),
    inputNodes: [gan.latentId],
    outputNode: gan.generatorOutputId,
  });
  const discriminator = buildModel(graph, analysis, {
    name: 'discriminator',
    input: tf.input({ shape: [...gan.imageShape], name: 'images' }),
    inputNodes: [gan.datasetId, gan.generatorOutputId],
    outputNode: gan.discriminatorOutputId,
  });
  return { generator, discriminator, structure: gan };
}

interface ModelPlan {
  name: string;
  input: tf.SymbolicTensor;
  /** Nodes whose output is the model input. */
  inputNodes: string[];
  outputNode: string;
}

function buildModel(graph: Graph, analysis: GraphAnalysis, plan: ModelPlan): tf.LayersModel {
  const feedsOutput = reachesFrom(plan.outputNode, graph.connections, plan.inputNodes);
  const symbolic = new Map<string, tf.SymbolicTensor>(plan.inputNodes.map((id) => [id, plan.input]));

  for (const id of analysis.order) {
    if (symbolic.has(id) || !feedsOutput.has(id)) continue;
    const node = analysis.nodes.get(id)!;
    const sourceId = graph.connections.find((c) => c.target === id)!.source;
    const input = symbolic.get(sourceId);
    if (!input) throw new Error(`${plan.name}: node ${id} is reached before its input ${sourceId}`);
    const layer = node.nodeType!.buildLayer?.(tf.layers, node.params as never, layerName(plan.name, id));
    symbolic.set(id, layer ? (layer.apply(input) as tf.SymbolicTensor) : input);
  }

  const output = symbolic.get(plan.outputNode);
  if (!output) throw new Error(`${plan.name}: output node ${plan.outputNode} was not reached`);
  return tf.model({ inputs: plan.input, outputs: output, name: plan.name });
}
