import type { NodeType, ParamValues } from '../../nodes';
import { pythonLiteral, type PythonLiteral } from './python-source';

/** One Keras layer constructor call, such as `layers.Dense(units=256, use_bias=True)`. */
export interface KerasLayerCall {
  /** The Keras class, which has the same name as the tfjs class (`getClassName()`). */
  className: string;
  /** Keyword arguments in the order they are written, each value as Python source. */
  keywords: [name: string, source: string][];
}

/**
 * Name of the Python function in the generated script that returns the kernel initializer
 * tfjs uses by default. Its definition in the script explains why Keras needs a custom one.
 */
export const TFJS_KERNEL_INITIALIZER = 'tfjs_glorot_normal';

type LayerWriter = (params: ParamValues) => KerasLayerCall;

const literal = (value: unknown) => pythonLiteral(value as PythonLiteral);

function convolution(className: string): LayerWriter {
  return (p) => ({
    className,
    keywords: [
      ['filters', literal(p.filters)],
      ['kernel_size', literal(p.kernelSize)],
      ['strides', literal(p.strides)],
      ['padding', literal(p.padding)],
      ['use_bias', literal(p.useBias)],
      ['kernel_initializer', `${TFJS_KERNEL_INITIALIZER}()`],
    ],
  });
}

/** The Keras layer of each node type that builds a tfjs layer, keyed by node type. */
const LAYER_WRITERS: Readonly<Record<string, LayerWriter>> = {
  dense: (p) => ({
    className: 'Dense',
    keywords: [
      ['units', literal(p.units)],
      ['use_bias', literal(p.useBias)],
      ['kernel_initializer', `${TFJS_KERNEL_INITIALIZER}()`],
    ],
  }),
  reshape: (p) => ({ className: 'Reshape', keywords: [['target_shape', literal(p.targetShape)]] }),
  flatten: () => ({ className: 'Flatten', keywords: [] }),
  conv2d: convolution('Conv2D'),
  conv2dTranspose: convolution('Conv2DTranspose'),
  batchNormalization: (p) => ({
    className: 'BatchNormalization',
    keywords: [
      ['momentum', literal(p.momentum)],
      ['epsilon', literal(p.epsilon)],
    ],
  }),
  dropout: (p) => ({ className: 'Dropout', keywords: [['rate', literal(p.rate)]] }),
  activation: (p) =>
    p.activation === 'leakyRelu'
      ? { className: 'LeakyReLU', keywords: [['negative_slope', literal(p.alpha)]] }
      : { className: 'Activation', keywords: [['activation', literal(p.activation)]] },
};

/**
 * Returns the Keras layer that matches the tfjs layer a node builds, with the node's
 * parameters, or null for a node that builds none (sources and network outputs). Throws for a
 * node type that builds a tfjs layer but has no Keras equivalent here.
 */
export function kerasLayerCall(nodeType: NodeType, params: ParamValues): KerasLayerCall | null {
  if (!nodeType.buildLayer) return null;
  const write = LAYER_WRITERS[nodeType.type];
  if (!write) throw new Error(`no Keras layer for node type ${nodeType.type}`);
  return write(params);
}
