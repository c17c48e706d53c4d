import type { NodeType, ParamSpec } from '../../../nodes';

export interface VisibleParam {
  name: string;
  spec: ParamSpec;
  /** The node's value, or the default where the node has none, as the analyzer reads it. */
  value: unknown;
}

/**
 * Lists the parameters of a node to show: all of its type's parameters except those whose
 * `shownWhen` condition does not hold for the node's values.
 */
export function visibleParams(nodeType: NodeType, params: Record<string, unknown>): VisibleParam[] {
  const valueOf = (name: string) => (name in params ? params[name] : nodeType.params[name].default);
  return Object.entries(nodeType.params)
    .filter(([, spec]) => !spec.shownWhen || valueOf(spec.shownWhen.param) === spec.shownWhen.equals)
    .map(([name, spec]) => ({ name, spec, value: valueOf(name) }));
}
