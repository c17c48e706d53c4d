import type * as tf from '@tensorflow/tfjs';

/** A tensor shape without the batch dimension, e.g. `[28, 28, 1]`. */
export type Shape = readonly number[];

/** The tfjs layers namespace, passed in so that node types do not load tfjs themselves. */
export type LayersApi = typeof tf.layers;

export type ParamValue = number | boolean | string | readonly number[];
export type ParamValues = Record<string, ParamValue>;

interface ParamBase {
  /** Short label shown next to the control. */
  label: string;
  /** One sentence on what the parameter sets, with its unit where it has one. */
  doc: string;
  /** Shows the parameter only while another choice parameter has this value. */
  shownWhen?: { param: string; equals: string };
}

export type ParamSpec =
  | (ParamBase & { kind: 'int'; default: number; min: number; max: number })
  | (ParamBase & { kind: 'float'; default: number; min: number; max: number; step: number })
  | (ParamBase & { kind: 'bool'; default: boolean })
  | (ParamBase & { kind: 'choice'; default: string; options: readonly string[] })
  | (ParamBase & { kind: 'shape'; default: readonly number[]; maxRank: number });

/**
 * The kind of value an output socket carries: a latent noise vector, a dataset of real images,
 * an image tensor made by the generator, or a feature tensor made by a layer.
 */
export type OutputSocketKind = 'noise' | 'dataset' | 'image' | 'feature';

/**
 * The kinds an input socket takes: `tensor` takes every output kind, `feature` only the output
 * of a layer. nodes/socket-kinds.ts contains the table of which output fits which input.
 */
export type InputSocketKind = 'tensor' | 'feature';

type SocketKind = OutputSocketKind | InputSocketKind;

export interface PortSpec<K extends SocketKind = SocketKind> {
  key: string;
  label: string;
  socket: K;
}

export type NodeCategory = 'input' | 'layer' | 'activation' | 'output';

/** Where a node sits in the GAN: it starts or ends one of the two networks, or is a layer. */
export type NodeRole = 'noise-source' | 'image-source' | 'generator-end' | 'discriminator-end' | 'layer';

/** The languages node texts and messages are written in. English is the default. */
export type Language = 'en' | 'ru';

/**
 * A shape rule's outcome. An error is an English sentence that names what to change, with the
 * same sentence in Russian for the interface.
 */
export type ShapeResult = { shape: Shape } | { error: string; errorRu?: string };

/** A parameter's label and doc in Russian; the English ones are in the parameter spec. */
export interface ParamTranslation {
  label: string;
  doc: string;
}

/** A node type's help in one language, shown in the help panel, the inspector and tooltips. */
export interface NodeHelpText {
  /** A description of the node's work, in a few sentences. */
  about: string;
  /** Practical advice: when to use it, what to try, what goes wrong. */
  advice: string;
}

/** The Russian texts of a node type; the English ones are the descriptor's own fields. */
export interface NodeTypeRussian {
  title: string;
  summary: string;
  params: Record<string, ParamTranslation>;
  /** Port labels by port key. */
  ports: Record<string, string>;
}

export interface ParamCount {
  trainable: number;
  nonTrainable: number;
}

/**
 * Everything Ganvas knows about one node type: its ports, parameters, shape rule, parameter
 * count, the tfjs layer it builds and its help text. The editor and the compiler read only this.
 */
export interface NodeType<P extends ParamValues = ParamValues> {
  /** Stable identifier stored in preset files, e.g. `conv2dTranspose`. */
  type: string;
  title: string;
  category: NodeCategory;
  role: NodeRole;
  /** One line for the palette and tooltips. */
  summary: string;
  inputs: readonly PortSpec<InputSocketKind>[];
  outputs: readonly PortSpec<OutputSocketKind>[];
  params: { readonly [K in keyof P]: ParamSpec };
  /**
   * Parameters shown on the node itself; the inspector shows them all. Without
   * this list the node shows every parameter.
   */
  keyParams?: readonly (keyof P & string)[];
  /**
   * Computes the output shape from the input shape (`null` for nodes without inputs). An
   * error is a sentence that says what to change.
   */
  inferShape(input: Shape | null, params: P): ShapeResult;
  /** Counts weights the layer creates for this input shape; called only when inferShape succeeded. */
  countParams(input: Shape | null, params: P): ParamCount;
  /** Builds the tfjs layer; nodes without one (sources, outputs) pass their input through. */
  buildLayer?(layers: LayersApi, params: P, name: string): tf.layers.Layer;
  /** Title, summary, parameter and port texts in Russian. */
  ru: NodeTypeRussian;
  /** Help on the node's work and use, in each language. */
  help: Record<Language, NodeHelpText>;
  /**
   * Explains how the output shape follows from the input shape and the parameters, with the
   * numbers filled in, one line per step. The last line ends with the output shape as
   * formatShape writes it. Called only when inferShape succeeded.
   */
  explainShape(input: Shape | null, params: P, language: Language): string[];
}

export const NO_PARAMS: ParamCount = { trainable: 0, nonTrainable: 0 };

/** Identity helper that keeps the parameter type of a node definition. */
export function defineNodeType<P extends ParamValues>(nodeType: NodeType<P>): NodeType<P> {
  return nodeType;
}

export function formatShape(shape: Shape): string {
  return `[${shape.join(', ')}]`;
}
