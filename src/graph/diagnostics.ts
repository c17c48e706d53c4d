export type DiagnosticCode =
  | 'unknown-node-type'
  | 'bad-parameter'
  | 'bad-connection'
  | 'incompatible-connection'
  | 'missing-input'
  | 'too-many-inputs'
  | 'cycle'
  | 'shape-mismatch'
  | 'wrong-network'
  | 'missing-node'
  | 'duplicate-node'
  | 'image-shape-mismatch'
  | 'bad-discriminator-end'
  | 'unused-node';

/** A problem with the user's graph, placed on one node, or on the whole graph when nodeId is null. */
export interface Diagnostic {
  nodeId: string | null;
  code: DiagnosticCode;
  severity: 'error' | 'warning';
  /** The message in English, as logs and the command line print it. */
  message: string;
  /** The same message in Russian, for the interface; English is shown where it is missing. */
  messageRu?: string;
}

export function graphError(
  nodeId: string | null,
  code: DiagnosticCode,
  message: string,
  messageRu?: string,
): Diagnostic {
  return { nodeId, code, severity: 'error', message, ...(messageRu !== undefined && { messageRu }) };
}
