import { useEffect, useMemo, useState } from 'react';
import { analyzeGraph } from '../graph/analyze';
import { BUILTIN_PRESETS, DEFAULT_PRESET_ID } from '../presets/builtin';
import type { TrainingSettings } from '../schema/preset';
import type { GanvasEditor } from './editor/create-editor';
import { EditorCanvas } from './editor/editor-canvas';
import { useDeleteKey } from './editor/use-delete-key';
import { Palette } from './palette';
import { StatusBar } from './status-bar';
import { createStore, useStore } from './store/external-store';
import { initialTrainingSnapshot } from './store/training-store';
import { SettingsForm } from './toolbar/settings-form';
import { Toolbar } from './toolbar/toolbar';
import { findTrainBlock, TrainingButtons } from './toolbar/training-buttons';
import { parseBackendName } from '../train/protocol';
import { datasetUrl } from './training/dataset-url';
import { checkSettings } from './training/settings-fields';
import { createTrainingController } from './training/training-controller';

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

  // Each new editor opens with the default preset. Picking a preset later loads that one.
  useEffect(() => {
    if (!editor) return;
    const { preset } = findPreset(DEFAULT_PRESET_ID);
    void editor.load(preset, preset.view);
  }, [editor]);

  const pickPreset = (id: string) => {
    const { preset } = findPreset(id);
    setPresetId(id);
    setSettings(preset.training);
    setSettingsSource((n) => n + 1);
    controller.reset();
    void editor?.load(preset, preset.view);
  };

  const busy = training.state === 'running' || training.state === 'preparing';
  const block = findTrainBlock(analysis.errors, checkSettings(settings));
  const canReset =
    training.history.length > 0 || training.samples !== null || training.state !== 'idle';

  const train = () => {
    if (!editor || !analysis.gan || block) return;
    controller.start({
      graph: editor.exportGraph(),
      training: settings,
      datasetUrl: datasetUrl(analysis.gan.datasetName),
      // `?backend=webgl` (or webgpu, cpu) skips the automatic choice, e.g. for comparisons.
      backend: parseBackendName(new URLSearchParams(location.search).get('backend')),
    });
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
      <main className="gv-main">
        <EditorCanvas context={stores} onReady={setEditor} />
        <button
          type="button"
          className="gv-button gv-fit"
          onClick={() => void editor?.zoomToFit()}
          title="Zoom and pan so that the whole graph fits the view."
        >
          Fit view
        </button>
      </main>
      <StatusBar training={training} gan={analysis.gan} />
    </div>
  );
}
