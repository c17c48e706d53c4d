import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILTIN_PRESETS, DEFAULT_PRESET_ID } from '../../presets/builtin';
import { PRESET_MAX_BYTES } from '../../presets/preset-file';
import { MAX_PNG_BYTES } from '../../presets/png-recipe';
import { decodeShareFragment, SHARE_FRAGMENT_PREFIX } from '../../presets/share-link';
import { trainingSchema, type Preset, type TrainingSettings } from '../../schema/preset';
import type { PresetResult } from '../../schema/preset-error';
import { chooseInitialPreset, readAutosave } from '../autosave/autosave';
import type { GanvasEditor } from '../editor/create-editor';
import { presetFromEditor, presetInfoOf, type PresetInfo } from './preset-from-editor';
import { readPresetBytes } from './read-preset-bytes';
import type { BilingualMessage } from '../i18n/bilingual';

interface PresetDocumentOptions {
  editor: GanvasEditor | null;
  settings: TrainingSettings;
  /** Shows a loaded preset's training settings in the settings form. */
  applySettings(settings: TrainingSettings): void;
  /**
   * Called when the user replaces the graph (open, drop, New), but not for the preset opened
   * at page load, because the weights saved before the reload may belong to it.
   */
  onReplace(): void;
  /** Called with every preset put on screen, including the one opened at page load, or null after New. */
  onOpened(preset: Preset | null): void;
}

/** The preset being edited, and the commands that open, build and clear it. */
export interface PresetDocument {
  /** Name, description and notes of the preset last opened, kept when it is saved. */
  info: PresetInfo;
  /** Builds a preset from the graph on screen, or returns null before the editor exists. */
  current(): Preset | null;
  /** Replaces the graph with the result's preset, or shows its error and keeps the graph. */
  open(result: PresetResult): Promise<boolean>;
  openFile(file: File): Promise<boolean>;
  /** Replaces the graph with an empty one, keeping the training settings. */
  clear(): Promise<void>;
  /** Message of the last failed import, or null. */
  error: BilingualMessage | null;
  /** Shows a message that is already in the interface language. */
  showError(message: string): void;
  dismissError(): void;
  /** True once the preset chosen at page load is on screen. */
  ready: boolean;
}

const defaultPreset = () =>
  (BUILTIN_PRESETS.find((p) => p.id === DEFAULT_PRESET_ID) ?? BUILTIN_PRESETS[0]).preset;

/**
 * Manages the preset document of the editor: opens the share link, autosave or default preset
 * when an editor appears, and opens files all or nothing. A preset is parsed and checked in
 * full before the graph on screen is touched.
 */
export function usePresetDocument(options: PresetDocumentOptions): PresetDocument {
  const { editor, settings, applySettings, onReplace, onOpened } = options;
  const [info, setInfo] = useState<PresetInfo>(() => presetInfoOf(defaultPreset()));
  const [error, setError] = useState<BilingualMessage | null>(null);
  const { t } = useTranslation('presets');
  const [ready, setReady] = useState(false);
  // Settings fields may hold NaN while being typed, which no preset can store.
  const validSettings = useRef(settings);
  if (trainingSchema.safeParse(settings).success) validSettings.current = settings;

  const load = useCallback(
    async (preset: Preset) => {
      if (!editor) return;
      setInfo(presetInfoOf(preset));
      applySettings(preset.training);
      onOpened(preset);
      await editor.load(preset, preset.view);
    },
    [editor, applySettings, onOpened],
  );

  useEffect(() => {
    if (!editor) return;
    setReady(false);
    const initial = chooseInitialPreset(location.hash, readAutosave(localStorage), defaultPreset());
    if (initial.error !== null) setError(initial.error);
    // The shared preset is autosaved once open, so a reload keeps later edits instead of
    // opening the link again.
    if (location.hash.startsWith(SHARE_FRAGMENT_PREFIX)) {
      history.replaceState(null, '', location.pathname + location.search);
    }
    let cancelled = false;
    void load(initial.preset).then(() => {
      if (!cancelled) setReady(true);
    });
    return () => {
      cancelled = true;
    };
    // Only a new editor reopens the initial preset, so `load` is left out of the dependencies.
  }, [editor]);

  const open = async (result: PresetResult) => {
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setError(null);
    onReplace();
    await load(result.preset);
    return true;
  };

  const openFile = async (file: File) => {
    const limit = Math.max(PRESET_MAX_BYTES, MAX_PNG_BYTES);
    if (file.size > limit) {
      const size = new Intl.NumberFormat('en-US').format(file.size);
      setError({ message: t('errors.tooLarge', { name: file.name, size }) });
      return false;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    return open(readPresetBytes(bytes));
  };

  const current = () => (editor ? presetFromEditor(editor, validSettings.current, info) : null);

  const openRef = useRef(open);
  openRef.current = open;

  // A share link pasted into the address bar of an open editor changes only the fragment.
  useEffect(() => {
    const openSharedFragment = () => {
      if (!location.hash.startsWith(SHARE_FRAGMENT_PREFIX)) return;
      const result = decodeShareFragment(location.hash);
      history.replaceState(null, '', location.pathname + location.search);
      void openRef.current(result);
    };
    window.addEventListener('hashchange', openSharedFragment);
    return () => window.removeEventListener('hashchange', openSharedFragment);
  }, []);

  const clear = async () => {
    if (!editor) return;
    setError(null);
    onReplace();
    await editor.load({ nodes: [], connections: [] });
    setInfo({ name: 'Untitled', description: '' });
    onOpened(null);
  };

  return {
    info,
    current,
    open,
    openFile,
    clear,
    error,
    showError: (message) => setError({ message }),
    dismissError: () => setError(null),
    ready,
  };
}
