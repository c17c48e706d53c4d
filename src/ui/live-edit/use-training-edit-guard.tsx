import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { findNodeType, localizeNodeType } from '../../../nodes';
import { currentLanguage } from '../i18n/use-language';
import { classifyEdit, type StructuralChange } from '../../graph/live-edit';
import type { TrainingSettings } from '../../schema/preset';
import type { TrainingState } from '../../train/protocol';
import type { GanvasEditor } from '../editor/create-editor';
import type { SettingField } from '../training/settings-fields';
import type { TrainingController } from '../training/training-controller';
import { nameOf } from '../wiring/wiring-guard';
import { StopTrainingDialog } from './stop-training-dialog';

/** States in which models exist that an edit would change: they run, are built, or wait. */
const ACTIVE_STATES: readonly TrainingState[] = ['preparing', 'running', 'paused'];

interface TrainingEditGuardOptions {
  editor: GanvasEditor | null;
  state: TrainingState;
  settings: TrainingSettings;
  setSettings(settings: TrainingSettings): void;
  controller: TrainingController;
}

/** The state and callbacks the app uses for edits made while training is active. */
export interface TrainingEditGuard {
  /** True while training runs, is being prepared or is paused, so the batch size is locked. */
  active: boolean;
  /** Stores new settings and sends the ones the running optimizers take. */
  changeSettings(settings: TrainingSettings): void;
  /** Settings that stay as they are while training is active, with the reason. */
  lockedSettings: { keys: readonly SettingField['key'][]; reason: string };
  /** The dialog that offers to stop training, or null. */
  dialog: ReactNode;
}

/**
 * Guards the editor while training is active. An edit that needs new models is undone, and a
 * dialog offers to stop training. A LeakyReLU slope, a dropout rate, a learning rate or beta1
 * goes to the worker, which applies it before the next step.
 */
export function useTrainingEditGuard(options: TrainingEditGuardOptions): TrainingEditGuard {
  const { editor, state, settings, setSettings, controller } = options;
  const { t } = useTranslation('liveEdit');
  const [reason, setReason] = useState<string | null>(null);
  const active = ACTIVE_STATES.includes(state);
  // Stopped models keep their weights for the next Train, which keeps them only when the graph
  // and settings are the ones they were trained with, so live values reach them too.
  const sendsLive = active || state === 'stopped';
  // The guard is set once per editor and reads the latest values through this ref.
  const current = useRef({ active, sendsLive, settings });
  current.current = { active, sendsLive, settings };

  const describe = useCallback(
    // An undo or redo is rejected as a whole, because it may add or remove nodes and connections.
    (change: StructuralChange | { what: 'history' }): string => {
      const nodeName = (id: string) => (editor ? nameOf(editor.editor, id) : id);
      switch (change.what) {
        case 'nodes':
        case 'connections':
        case 'history':
          return t(`dialog.${change.what}`);
        case 'param': {
          const type = editor?.editor.getNode(change.nodeId)?.typeName ?? '';
          const nodeType = findNodeType(type);
          const param = nodeType
            ? (localizeNodeType(nodeType, currentLanguage()).params[change.param]?.label ?? change.param)
            : change.param;
          return t('dialog.param', { param, node: nodeName(change.nodeId) });
        }
        case 'setting': {
          const setting = i18next.t(`training:settings.fields.${change.setting}.label`);
          return t('dialog.setting', { setting });
        }
        case 'shapes':
          return t('dialog.shapes', { node: nodeName(change.nodeId) });
      }
    },
    [editor, t],
  );

  useEffect(() => {
    if (!editor) return;
    editor.setEditGuard({
      allowStructuralEdit(changed) {
        if (!current.current.active) return true;
        setReason(describe({ what: changed }));
        return false;
      },
      allowParamsEdit(before, after) {
        const { active: isActive, sendsLive: live, settings: training } = current.current;
        if (!live) return true;
        const edit = classifyEdit({ graph: before, training }, { graph: after, training });
        if (edit.kind === 'structural' && isActive) {
          setReason(describe(edit.change));
          return false;
        }
        if (edit.kind === 'live') void controller.applyLiveEdit(after, training);
        return true;
      },
    });
    return () => editor.setEditGuard(null);
  }, [editor, controller, describe]);

  // A dialog about training that has since stopped would offer a Stop that does nothing.
  useEffect(() => {
    if (!active) setReason(null);
  }, [active]);

  const changeSettings = (next: TrainingSettings) => {
    setSettings(next);
    if (!sendsLive || !editor) return;
    const graph = editor.exportGraph();
    const edit = classifyEdit({ graph, training: settings }, { graph, training: next });
    if (edit.kind === 'live') void controller.applyLiveEdit(graph, next);
  };

  const dialog =
    reason === null ? null : (
      <StopTrainingDialog
        reason={reason}
        onStop={() => {
          controller.stop();
          setReason(null);
        }}
        onClose={() => setReason(null)}
      />
    );
  const lockedSettings = { keys: active ? (['batchSize'] as const) : [], reason: t('batchLocked') };
  return { active, changeSettings, lockedSettings, dialog };
}
