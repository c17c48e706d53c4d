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
  const blockReason = block && `Fix this first: ${block.messages[0]}`;
  const loading = editor === null ? 'The editor is still loading.' : null;

  const exportBlock = busy
    ? 'Pause or stop training first, so that the weights do not change during the export.'
    : training.samples === null
      ? 'Train first, or import trained models: there are no weights to export yet.'
      : null;
  const importBlock = busy ? 'Pause or stop training before importing models.' : (loading ?? blockReason);

  const writeKerasScript = () => {
    const preset = props.currentPreset();
    if (!preset) throw new Error('writeKerasScript called before the editor loaded');
    return { presetName: preset.name, source: exportKerasScript(preset) };
  };

  const importModels = async (pair: ModelPair) => {
    const request = props.trainingRequest();
    if (!request) return 'The graph is not a complete GAN, so there are no layers to load the weights into.';
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
