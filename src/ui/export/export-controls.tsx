import { useTranslation } from 'react-i18next';
import { exportKerasScript, type ExportablePreset } from '../../export/keras-export';
import type { ModelPair } from '../../train/model-transfer';
import type { TrainingRequest } from '../../train/protocol';
import type { GanvasEditor } from '../editor/create-editor';
import type { TrainingSnapshot } from '../store/training-store';
import type { TrainBlock } from '../toolbar/training-buttons';
import type { TrainingController } from '../training/training-controller';
import { ExportMenu } from './export-menu';

interface ExportControlsProps {
  editor: GanvasEditor | null;
  /** Reads the editor's graph and settings as a preset, or returns null while there is no editor. */
  currentPreset(): ExportablePreset | null;
  training: TrainingSnapshot;
  /** Reasons that training cannot start, which also block the Keras script and imports. */
  block: TrainBlock | null;
  controller: TrainingController;
  /** Builds the request that Train would send, or returns null while the graph is not a GAN. */
  trainingRequest(): TrainingRequest | null;
}

/** Connects the Export menu to the editor's graph and to the training worker. */
export function ExportControls(props: ExportControlsProps) {
  const { editor, training, block } = props;
  const busy = training.state === 'running' || training.state === 'preparing';
  const { t } = useTranslation('export');
  const blockReason = block && t('blocks.fixFirst', { message: block.messages[0] });
  const loading = editor === null ? t('blocks.loading') : null;

  const exportBlock = busy
    ? t('blocks.exportBusy')
    : training.samples === null
      ? t('blocks.noWeights')
      : null;
  const importBlock = busy ? t('blocks.importBusy') : (loading ?? blockReason);

  const writeKerasScript = () => {
    const preset = props.currentPreset();
    if (!preset) throw new Error('writeKerasScript called before the editor loaded');
    return { presetName: preset.name, source: exportKerasScript(preset) };
  };

  const importModels = async (pair: ModelPair) => {
    const request = props.trainingRequest();
    if (!request) return t('blocks.notGan');
    return props.controller.importModels(request, pair);
  };

  return (
    <ExportMenu
      kerasBlock={loading ?? blockReason}
      writeKerasScript={writeKerasScript}
      exportBlock={exportBlock}
      importBlock={importBlock}
      onExportModels={props.controller.exportModels}
      onImportModels={importModels}
    />
  );
}
