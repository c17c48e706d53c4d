import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyzeGraph } from '../graph/analyze';
import { BUILTIN_PRESETS, DEFAULT_PRESET_ID } from '../presets/builtin';
import type { Preset, TrainingSettings } from '../schema/preset';
import type { GanvasEditor } from './editor/create-editor';
import { EditorCanvas } from './editor/editor-canvas';
import { useDeleteKey } from './editor/use-delete-key';
import { HistoryButtons, useHistoryKeys } from './editor/history-controls';
import { Palette } from './palette';
import { useAutosave } from './autosave/use-autosave';
import { FileDropZone } from './presets/file-drop-zone';
import { ImportErrorBanner } from './presets/import-error-banner';
import { PresetButtons } from './presets/preset-buttons';
import { usePresetDocument } from './presets/use-preset-document';
import { StatusBar } from './status-bar';
import { createStore, useStore } from './store/external-store';
import { initialTrainingSnapshot } from './store/training-store';
import { SettingsForm } from './toolbar/settings-form';
import { Toolbar } from './toolbar/toolbar';
import { findTrainBlock, TrainingButtons } from './toolbar/training-buttons';
import { parseBackendName, type TrainingRequest } from '../train/protocol';
import { ExportControls } from './export/export-controls';
import { datasetUrl } from './training/dataset-url';
import { checkSettings } from './training/settings-fields';
import { createTrainingController } from './training/training-controller';
import { useLanguage } from './i18n/use-language';

function findPreset(id: string) {
  return BUILTIN_PRESETS.find((p) => p.id === id) ?? BUILTIN_PRESETS[0];
}

/**
 * Renders the whole editor (toolbar, palette, canvas and status bar) and wires training to the
 * worker.
 */
export function App() {
  const stores = useMemo(
    () => ({
      analysis: createStore(analyzeGraph({ nodes: [], connections: [] })),
      training: createStore(initialTrainingSnapshot()),
    }),
    [],
  );
  const controller = useMemo(() => createTrainingController(stores.training), [stores]);
  useEffect(() => () => controller.dispose(), [controller]);

  const analysis = useStore(stores.analysis);
  const training = useStore(stores.training);
  const [editor, setEditor] = useState<GanvasEditor | null>(null);
  const [presetId, setPresetId] = useState(DEFAULT_PRESET_ID);
  const [settings, setSettings] = useState<TrainingSettings>(
    () => findPreset(DEFAULT_PRESET_ID).preset.training,
  );
  const [settingsSource, setSettingsSource] = useState(0);
  useDeleteKey(editor);
  useHistoryKeys(editor);
  const { t } = useTranslation(['editor', 'presets']);
  const { t: trainingT } = useTranslation('training');
  const language = useLanguage();

  const applySettings = useCallback((next: TrainingSettings) => {
    setSettings(next);
    setSettingsSource((n) => n + 1);
  }, []);
  // Each new editor opens a share link in the URL, else the autosave, else the default preset.
  // The picker shows a built-in preset only while its own object is on screen.
  const showPresetId = useCallback((preset: Preset | null) => {
    setPresetId(BUILTIN_PRESETS.find((p) => p.preset === preset)?.id ?? '');
  }, []);
  const doc = usePresetDocument({
    editor,
    settings,
    applySettings,
    onReplace: controller.reset,
    onOpened: showPresetId,
  });
  useAutosave(editor, stores.analysis, doc.current, doc.ready, settings);

  const pickPreset = (id: string) => void doc.open({ ok: true, preset: findPreset(id).preset });

  const busy = training.state === 'running' || training.state === 'preparing';
  const block = findTrainBlock(
    analysis.errors,
    checkSettings(settings, trainingT),
    language,
  );
  const canReset =
    training.history.length > 0 || training.samples !== null || training.state !== 'idle';

  const trainingRequest = (): TrainingRequest | null => {
    if (!editor || !analysis.gan) return null;
    return {
      graph: editor.exportGraph(),
      training: settings,
      datasetUrl: datasetUrl(analysis.gan.datasetName),
      // `?backend=webgl` (or webgpu, cpu) skips the automatic choice, e.g. for comparisons.
      backend: parseBackendName(new URLSearchParams(location.search).get('backend')),
    };
  };

  const train = () => {
    const request = trainingRequest();
    if (request && !block) controller.start(request);
  };

  const dropFile = (file: File) => {
    if (busy) doc.showError(t('presets:errors.busy'));
    else void doc.openFile(file);
  };

  const addAtCentre = (type: string) => {
    if (editor) void editor.addNode(type, editor.viewCentre());
  };

  return (
    <div className="gv-app">
      <Toolbar
        presets={BUILTIN_PRESETS}
        presetId={presetId}
        onPresetChange={pickPreset}
        canChangePreset={!busy}
        buttons={
          <>
            <PresetButtons document={doc} samples={training.samples} canReplaceGraph={!busy} />
            <TrainingButtons
              state={training.state}
              block={block}
              canReset={canReset}
              onTrain={train}
              onPause={controller.pause}
              onStop={controller.stop}
              onReset={controller.reset}
              onShowNode={(nodeId) => void editor?.showNode(nodeId)}
            />
            <ExportControls
              editor={editor}
              currentPreset={doc.current}
              training={training}
              block={block}
              controller={controller}
              trainingRequest={trainingRequest}
            />
          </>
        }
        settings={
          <SettingsForm
            settings={settings}
            onChange={setSettings}
            disabled={busy}
            source={settingsSource}
          />
        }
      />
      <Palette onAdd={addAtCentre} />
      <FileDropZone onDropFile={dropFile}>
        <EditorCanvas context={stores} onReady={setEditor} />
        <ImportErrorBanner message={doc.error} onDismiss={doc.dismissError} />
        <HistoryButtons editor={editor} />
        <button
          type="button"
          className="gv-button gv-fit"
          onClick={() => void editor?.zoomToFit()}
          title={t('fitView.tooltip')}
        >
          {t('fitView.label')}
        </button>
      </FileDropZone>
      <StatusBar training={training} gan={analysis.gan} />
    </div>
  );
}
