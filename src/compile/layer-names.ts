/** Keeps layer names to letters, digits, `_`, `-` and `.`, because node ids may hold anything. */
export function layerName(modelName: string, nodeId: string): string {
  return `${modelName}_${nodeId.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}
