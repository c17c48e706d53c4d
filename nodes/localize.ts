import type { Language, NodeHelpText, NodeType, ParamTranslation } from './types';

/** A node type's texts in one language, as the interface shows them. */
export interface LocalizedNodeType {
  title: string;
  summary: string;
  /** Label and doc of each parameter, by parameter name. */
  params: Record<string, ParamTranslation>;
  /** Label of each port, by port key. */
  ports: Record<string, string>;
  help: NodeHelpText;
}

/** Collects a node type's title, summary, parameter, port and help texts in `language`. */
export function localizeNodeType(nodeType: NodeType, language: Language): LocalizedNodeType {
  const help = nodeType.help[language];
  if (language === 'ru') return { ...nodeType.ru, help };
  const params: Record<string, ParamTranslation> = {};
  for (const [name, spec] of Object.entries(nodeType.params)) {
    params[name] = { label: spec.label, doc: spec.doc };
  }
  const ports: Record<string, string> = {};
  for (const port of [...nodeType.inputs, ...nodeType.outputs]) ports[port.key] = port.label;
  return { title: nodeType.title, summary: nodeType.summary, params, ports, help };
}
