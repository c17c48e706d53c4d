import { findNodeType, formatShape } from '../../nodes';
import { checkParam } from '../../nodes/validate-params';
import { trainingSchema, type Graph, type TrainingSettings } from '../schema/preset';
import { analyzeGraph } from './analyze';

/**
 * Parameters that a built model takes while it trains, by node type. tfjs reads a LeakyReLU
 * layer's alpha and a Dropout layer's rate on every call, so changing them changes neither a
 * shape nor a weight. Any other parameter, a change of activation function included, builds a
 * different layer.
 */
export const LIVE_PARAMS: Readonly<Record<string, readonly string[]>> = {
  activation: ['alpha'],
  dropout: ['rate'],
};

/** Training settings that the running optimizers take between two steps. */
export const LIVE_SETTINGS = ['generatorLearningRate', 'discriminatorLearningRate', 'beta1'] as const;
export type LiveSetting = (typeof LIVE_SETTINGS)[number];

/** A new value for one live parameter of one node. */
export interface LiveParamChange {
  nodeId: string;
  param: string;
  value: number;
}

/** The class of an edit, with the values that the running models must receive. */
export type EditClass =
  /** Nothing that training reads, such as a position or a label. */
  | { kind: 'none' }
  /** Values the running models take before their next step. */
  | {
      kind: 'live';
      params: LiveParamChange[];
      settings: Partial<Pick<TrainingSettings, LiveSetting>>;
    }
  /** A changed value is invalid, so there is nothing to apply yet; the editor marks the value. */
  | { kind: 'invalid' }
  /** A change the built models cannot take: training must stop first. */
  | { kind: 'structural'; change: StructuralChange };

/** The first change found that needs new models. */
export type StructuralChange =
  | { what: 'nodes' }
  | { what: 'connections' }
  | { what: 'param'; nodeId: string; param: string }
  | { what: 'setting'; setting: keyof TrainingSettings }
  /** Shapes or parameter counts differ, which the other checks should have caught first. */
  | { what: 'shapes'; nodeId: string };

/** A graph with the training settings it runs with. */
export interface TrainingSetup {
  graph: Graph;
  training: TrainingSettings;
}

/**
 * Classifies the edit from `before` to `after` for a running training: `live` when only the
 * values in LIVE_PARAMS and LIVE_SETTINGS changed and every node keeps its output shape and
 * parameter count, `structural` otherwise. Node and connection order, positions and labels do
 * not matter.
 */
export function classifyEdit(before: TrainingSetup, after: TrainingSetup): EditClass {
  if (!sameNodes(before.graph, after.graph)) return structural({ what: 'nodes' });
  if (connectionKeys(before.graph).join('\n') !== connectionKeys(after.graph).join('\n')) {
    return structural({ what: 'connections' });
  }

  const params: LiveParamChange[] = [];
  const previousById = new Map(before.graph.nodes.map((node) => [node.id, node]));
  for (const node of after.graph.nodes) {
    const nodeType = findNodeType(node.type);
    const previous = previousById.get(node.id)!;
    for (const name of new Set([...Object.keys(node.params), ...Object.keys(previous.params)])) {
      const spec = nodeType?.params[name];
      const value = name in node.params ? node.params[name] : spec?.default;
      const old = name in previous.params ? previous.params[name] : spec?.default;
      if (Object.is(value, old) || JSON.stringify(value) === JSON.stringify(old)) continue;
      if (!spec || !LIVE_PARAMS[node.type]?.includes(name)) {
        return structural({ what: 'param', nodeId: node.id, param: name });
      }
      if (checkParam(name, spec, value) !== null) return { kind: 'invalid' };
      params.push({ nodeId: node.id, param: name, value: value as number });
    }
  }

  const settings: Partial<Pick<TrainingSettings, LiveSetting>> = {};
  for (const key of Object.keys(after.training) as (keyof TrainingSettings)[]) {
    const value = after.training[key];
    if (Object.is(value, before.training[key])) continue;
    if (!(LIVE_SETTINGS as readonly string[]).includes(key)) {
      return structural({ what: 'setting', setting: key });
    }
    if (!trainingSchema.shape[key].safeParse(value).success) return { kind: 'invalid' };
    settings[key as LiveSetting] = value;
  }

  const changedNode = params.length > 0 ? findShapeChange(before.graph, after.graph) : null;
  if (changedNode) return structural({ what: 'shapes', nodeId: changedNode });
  if (params.length === 0 && Object.keys(settings).length === 0) return { kind: 'none' };
  return { kind: 'live', params, settings };
}

function structural(change: StructuralChange): EditClass {
  return { kind: 'structural', change };
}

/** True when both graphs have the same node ids with the same types. */
function sameNodes(before: Graph, after: Graph): boolean {
  if (before.nodes.length !== after.nodes.length) return false;
  const types = new Map(before.nodes.map((node) => [node.id, node.type]));
  return after.nodes.every((node) => types.get(node.id) === node.type);
}

function connectionKeys(graph: Graph): string[] {
  return graph.connections
    .map((c) => `${c.source}.${c.sourceOutput}>${c.target}.${c.targetInput}`)
    .sort();
}

/** Returns the id of the first node whose output shape or parameter count differs, or null. */
function findShapeChange(before: Graph, after: Graph): string | null {
  const a = analyzeGraph(before).nodes;
  const b = analyzeGraph(after).nodes;
  for (const [id, analysis] of b) {
    const old = a.get(id);
    const shape = (s: readonly number[] | null | undefined) => (s ? formatShape(s) : '');
    if (shape(old?.outputShape) !== shape(analysis.outputShape)) return id;
    if (JSON.stringify(old?.paramCount) !== JSON.stringify(analysis.paramCount)) return id;
  }
  return null;
}
