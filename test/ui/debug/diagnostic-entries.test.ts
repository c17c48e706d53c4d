import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/graph/diagnostics';
import { describeNewDiagnostics } from '../../../src/ui/debug/diagnostic-entries';

const missing: Diagnostic = {
  nodeId: 'g_bn1',
  code: 'missing-input',
  severity: 'error',
  message: 'BatchNormalization (g_bn1) has no input: connect the output of the node before it.',
  messageRu: 'Узел BatchNormalization (g_bn1) не имеет входа: подключите к нему выход предыдущего узла.',
};
const unused: Diagnostic = {
  nodeId: 'dropout-1',
  code: 'unused-node',
  severity: 'warning',
  message: 'Dropout (dropout-1) is not connected to either network.',
};

describe('describeNewDiagnostics', () => {
  it('logs each new diagnostic once, with its node', () => {
    const first = describeNewDiagnostics(new Set(), [missing, unused, missing]);

    const message = (en: string, ru: string) => ({ key: 'diagnostic', values: { message: en, messageRu: ru } });
    expect(first.drafts).toEqual([
      { kind: 'error', nodeId: 'g_bn1', message: message(missing.message, missing.messageRu!) },
      // Without a Russian version, the English one is used.
      { kind: 'warning', nodeId: 'dropout-1', message: message(unused.message, unused.message) },
    ]);

    const second = describeNewDiagnostics(first.keys, [missing, unused]);
    expect(second.drafts).toEqual([]);
  });

  it('logs a diagnostic again after it went away', () => {
    const first = describeNewDiagnostics(new Set(), [missing]);
    const afterFix = describeNewDiagnostics(first.keys, []);
    const back = describeNewDiagnostics(afterFix.keys, [missing]);

    expect(afterFix.drafts).toEqual([]);
    expect(back.drafts.map((d) => d.nodeId)).toEqual(['g_bn1']);
  });
});
