import { useEffect, useRef } from 'react';
import type { Preset } from '../../schema/preset';
import type { GanvasEditor } from '../editor/create-editor';
import type { Store } from '../store/external-store';
import { writeAutosave } from './autosave';

/** Quiet time after the last edit before the preset is written, in milliseconds. */
export const AUTOSAVE_DELAY_MS = 300;

const EDIT_SIGNALS = new Set(['nodetranslated', 'translated', 'zoomed']);

/**
 * Writes the preset on screen to localStorage AUTOSAVE_DELAY_MS after the last edit: a node or
 * connection added or removed, a parameter changed (each republishes `analysis`), a node moved,
 * the view panned or zoomed, or `settings` changed. Nothing is written until `enabled`, so that
 * the preset opened at page load is not overwritten before it is on screen.
 */
export function useAutosave(
  editor: GanvasEditor | null,
  analysis: Store<unknown>,
  current: () => Preset | null,
  enabled: boolean,
  settings: unknown,
): void {
  const currentRef = useRef(current);
  currentRef.current = current;
  const schedule = useRef<() => void>(() => {});

  useEffect(() => {
    if (!editor || !enabled) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let active = true;
    const save = () => {
      timer = null;
      const preset = currentRef.current();
      if (active && preset) writeAutosave(localStorage, preset);
    };
    schedule.current = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(save, AUTOSAVE_DELAY_MS);
    };
    // A reload within the delay would lose the last edit, so a pending write runs at once.
    const flush = () => {
      if (timer === null) return;
      clearTimeout(timer);
      save();
    };
    window.addEventListener('pagehide', flush);
    const unsubscribe = analysis.subscribe(() => schedule.current());
    // Rete has no way to remove a pipe, so this one stays inert once `active` is false.
    editor.area.addPipe((signal) => {
      if (active && EDIT_SIGNALS.has(signal.type)) schedule.current();
      return signal;
    });
    // The preset just opened may be a share link, whose fragment is gone after a reload.
    schedule.current();
    return () => {
      flush();
      active = false;
      window.removeEventListener('pagehide', flush);
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      schedule.current = () => {};
    };
  }, [editor, analysis, enabled]);

  useEffect(() => schedule.current(), [settings]);
}
