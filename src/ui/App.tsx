import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyzeGraph } from '../graph/analyze';
import { BUILTIN_PRESETS, DEFAULT_PRESET_ID } from '../presets/builtin';
import type { Preset, TrainingSettings } from '../schema/preset';
import type { GanvasEditor } from './editor/create-editor';
import { EditorCanvas } from './editor/editor-canvas';
import { useDeleteKey } from './editor/use-delete-key';
import { HistoryButtons, useHistoryKeys } from './editor/history-controls';
import { ArrangeButton } from './editor/arrange-button';
import { useEditingKeys } from './editor/use-editing-keys';
import { Palette } from './palette';
import { useAutosave } from './autosave/use-autosave';
import { FileDropZone } from './presets/file-drop-zone';
import { ImportErrorBanner } from './presets/import-error-banner';
import { PresetButtons } from './presets/preset-buttons';
import { usePresetDocument } from './presets/use-preset-document';
import { SidePanels } from './side-panels/side-panels';
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
import { captureRun, keepRun, type RunRecord } from './teach/run-archive';
import { LESSON_PANEL_WIDTH, TeachingPanels } from './teach/teaching-panels';
import { makeRoomOnLeft } from './teach/make-room';
import type { Graph } from '../schema/preset';
import { useTrainingEditGuard } from './live-edit/use-training-edit-guard';
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
  const nodeContext = useMemo(() => ({ ...stores, walkLatent: controller.walkLatent }), [stores, controller]);

  const analysis = useStore(stores.analysis);
  const training = useStore(stores.training);
  const [editor, setEditor] = useState<GanvasEditor | null>(null);
  const [presetId, setPresetId] = useState(DEFAULT_PRESET_ID);
  const [settings, setSettings] = useState<TrainingSettings>(
    () => findPreset(DEFAULT_PRESET_ID).preset.training,
  );
  const [settingsSource, setSettingsSource] = useState(0);
  // The graph the latest training started with, for lessons that check what was trained.
  const [runGraph, setRunGraph] = useState<Graph | null>(null);
  const [runs, setRuns] = useState<readonly RunRecord[]>([]);
  useDeleteKey(editor);
  useHistoryKeys(editor);
  useEditingKeys(editor);
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
  const docName = useRef('');
  // Kept before anything discards the history, so a reset run can still be compared.
  const keepCurrentRun = () => {
    const snapshot = stores.training.get();
    const run = captureRun(docName.current, snapshot.history, snapshot.samples);
    setRuns((previous) => keepRun(previous, run));
  };
  const resetTraining = () => {
    keepCurrentRun();
    controller.reset();
  };
  const doc = usePresetDocument({
    editor,
    settings,
    applySettings,
    onReplace: resetTraining,
    onOpened: showPresetId,
  });
  docName.current = doc.info.name;
  useAutosave(editor, stores.analysis, doc.current, doc.ready, settings);
  // Weights saved before a reload come back on the next Train, and until then the status bar names their step.
  useEffect(() => {
    if (doc.ready) void controller.checkSavedWeights();
  }, [doc.ready, controller]);

  const editGuard = useTrainingEditGuard({
    editor,
    state: training.state,
    settings,
    setSettings,
    controller,
  });

  const pickPreset = (id: string) => void doc.open({ ok: true, preset: findPreset(id).preset });

  const busy = training.state === 'running' || training.state === 'preparing';
  const block = findTrainBlock(
    analysis.errors,
    checkSettings(settings, trainingT),
    language,
  );
  const canReset =
    training.history.length > 0 ||
    training.samples !== null ||
    training.savedStep !== null ||
    training.state !== 'idle';

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
    if (request && !block) {
      setRunGraph(request.graph);
      controller.start(request);
    }
  };

  const openLessonPreset = async (preset: Preset) => {
    if (busy) {
      doc.showError(t('teach:lessons.busy'));
      return false;
    }
    const opened = await doc.open({ ok: true, preset });
    if (opened && editor) await makeRoomOnLeft(editor, LESSON_PANEL_WIDTH);
    return opened;
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
        openedName={doc.info.name}
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
              onReset={resetTraining}
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
            onChange={editGuard.changeSettings}
            disabled={training.state === 'preparing'}
            locked={editGuard.lockedSettings}
            source={settingsSource}
          />
        }
      />
      <Palette onAdd={addAtCentre} />
      <FileDropZone onDropFile={dropFile}>
        <EditorCanvas context={nodeContext} onReady={setEditor} />
        <ImportErrorBanner message={doc.error} onDismiss={doc.dismissError} />
        <TeachingPanels
          editor={editor}
          analysis={analysis}
          run={runGraph && { graph: runGraph, steps: training.step }}
          runs={runs}
          canKeepRun={training.history.length > 0 && !busy}
          onKeepRun={keepCurrentRun}
          openPreset={openLessonPreset}
        />
        {editGuard.dialog}
        <HistoryButtons editor={editor} />
        <div className="gv-view-buttons">
          <ArrangeButton editor={editor} />
          <button
            type="button"
            className="gv-button gv-fit"
            onClick={() => void editor?.zoomToFit()}
            title={t('fitView.tooltip')}
          >
            {t('fitView.label')}
          </button>
        </div>
      </FileDropZone>
      <SidePanels editor={editor} stores={stores} />
      <StatusBar training={training} gan={analysis.gan} />
    </div>
  );
}
