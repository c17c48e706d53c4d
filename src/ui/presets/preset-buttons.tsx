import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serializePreset } from '../../presets/preset-file';
import { encodePngWithPreset } from '../../presets/png-recipe';
import { shareLinkFor } from '../../presets/share-link';
import type { SampleGrid } from '../../train/protocol';
import { downloadFile } from '../download';
import { fileStemFor } from './read-preset-bytes';
import { ShareDialog, type ShareState } from './share-dialog';
import type { PresetDocument } from './use-preset-document';
import { pickMessage } from '../i18n/bilingual';
import { useLanguage } from '../i18n/use-language';
import './presets.css';

interface PresetButtonsProps {
  document: PresetDocument;
  /** The latest sample grid, or null before training has drawn one. */
  samples: SampleGrid | null;
  /** False while training runs, so that the graph under training is not replaced. */
  canReplaceGraph: boolean;
}

/**
 * Renders Save, Open, Share link, Save samples PNG and New, and handles Ctrl+S and Ctrl+O
 * (Cmd on macOS).
 */
export function PresetButtons({ document: doc, samples, canReplaceGraph }: PresetButtonsProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [share, setShare] = useState<ShareState | null>(null);
  const { t } = useTranslation('presets');
  const language = useLanguage();

  const save = () => {
    const preset = doc.current();
    if (!preset) return;
    downloadFile(`${fileStemFor(preset.name)}.json`, serializePreset(preset), 'application/json');
  };

  const openPicker = () => {
    if (canReplaceGraph) fileInput.current?.click();
  };

  const shareLink = async () => {
    const preset = doc.current();
    if (!preset) return;
    // The link leaves out the query, such as a `?backend=` override of the sender.
    const result = shareLinkFor(location.origin + location.pathname, preset);
    if (!result.ok) return setShare({ error: pickMessage(result.error, language) });
    let copied = false;
    try {
      await navigator.clipboard.writeText(result.url);
      copied = true;
    } catch {
      // Without clipboard permission the dialog's field still offers the link.
    }
    setShare({ url: result.url, copied });
  };

  const savePng = () => {
    const preset = doc.current();
    if (!preset || !samples) return;
    try {
      const png = encodePngWithPreset(samples, preset);
      downloadFile(`${fileStemFor(preset.name)}-samples.png`, png as BlobPart, 'image/png');
    } catch (error) {
      doc.showError(t('errors.pngWrite', { message: (error as Error).message }));
    }
  };

  const shortcuts = useRef({ save, openPicker });
  shortcuts.current = { save, openPicker };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key !== 's' && key !== 'o') return;
      event.preventDefault();
      if (key === 's') shortcuts.current.save();
      else shortcuts.current.openPicker();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="gv-preset-buttons">
      <button type="button" className="gv-button" onClick={save} title={t('buttons.saveTooltip')}>
        {t('buttons.save')}
      </button>
      <button
        type="button"
        className="gv-button"
        onClick={openPicker}
        disabled={!canReplaceGraph}
        title={t('buttons.openTooltip')}
      >
        {t('buttons.open')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json,.png,image/png"
        hidden
        data-testid="open-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clearing the value lets the same file be chosen again after a fix.
          event.target.value = '';
          if (file) void doc.openFile(file);
        }}
      />
      <button
        type="button"
        className="gv-button"
        onClick={() => void shareLink()}
        title={t('buttons.shareTooltip')}
      >
        {t('buttons.share')}
      </button>
      <button
        type="button"
        className="gv-button"
        onClick={savePng}
        disabled={!samples}
        title={t('buttons.savePngTooltip')}
      >
        {t('buttons.savePng')}
      </button>
      <button
        type="button"
        className="gv-button"
        onClick={() => {
          // Clearing cannot be undone, so a graph with nodes is cleared only when confirmed.
          const empty = (doc.current()?.nodes.length ?? 0) === 0;
          if (empty || window.confirm(t('buttons.newConfirm'))) void doc.clear();
        }}
        disabled={!canReplaceGraph}
        title={t('buttons.newTooltip')}
      >
        {t('buttons.new')}
      </button>
      {share && <ShareDialog share={share} onSaveFile={save} onClose={() => setShare(null)} />}
    </div>
  );
}
