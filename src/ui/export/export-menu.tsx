import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MODEL_FILE_NAMES, type ModelPair, type NetworkName } from '../../train/model-transfer';
import { downloadFile } from '../download';
import { pickMessage } from '../i18n/bilingual';
import { useLanguage } from '../i18n/use-language';
import './export-menu.css';
import { pairModelFiles, scriptFileName } from './model-file-pairing';

interface ExportMenuProps {
  /** Reason that the Keras script cannot be written, or null when it can. */
  kerasBlock: string | null;
  /** Writes the Keras script of the current graph. Called only while kerasBlock is null. */
  writeKerasScript(): { presetName: string; source: string };
  /** Reason that the trained models cannot be exported, or null when they can. */
  exportBlock: string | null;
  /** Reason that models cannot be imported, or null when they can. */
  importBlock: string | null;
  onExportModels(): Promise<ModelPair | null>;
  /** Resolves with a message naming what does not match the graph, or null on success. */
  onImportModels(pair: ModelPair): Promise<string | null>;
}

/** Outcome of the last export or import, shown under the buttons. */
type Notice = { kind: 'error' | 'done'; text: string } | null;

/** Width of the menu panel in CSS pixels, as in export-menu.css. */
const PANEL_WIDTH = 240;

/** Closes an open `<details>` menu when the pointer goes down anywhere outside it. */
function useCloseOnOutsidePointer(menu: { current: HTMLDetailsElement | null }, open: boolean) {
  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (menu.current && !menu.current.contains(event.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', close, true);
    return () => document.removeEventListener('pointerdown', close, true);
  }, [menu, open]);
}

/**
 * Renders the Export menu: the Keras script download, the trained models' download, and the
 * import of models saved by that download.
 */
export function ExportMenu(props: ExportMenuProps) {
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const [alignLeft, setAlignLeft] = useState(false);
  const { t } = useTranslation('export');
  useCloseOnOutsidePointer(menu, open);
  const language = useLanguage();

  const exportScript = () => {
    const { presetName, source } = props.writeKerasScript();
    const fileName = scriptFileName(presetName);
    downloadFile(fileName, source, 'text/x-python');
    setNotice({ kind: 'done', text: t('notices.savedScript', { fileName }) });
  };

  const exportModels = async () => {
    setBusy(true);
    try {
      const pair = await props.onExportModels();
      if (!pair) {
        setNotice({ kind: 'error', text: t('notices.noWeights') });
        return;
      }
      for (const network of ['generator', 'discriminator'] as NetworkName[]) {
        const names = MODEL_FILE_NAMES[network];
        downloadFile(names.json, pair[network].modelJson, 'application/json');
        downloadFile(names.weights, pair[network].weights, 'application/octet-stream');
      }
      setNotice({ kind: 'done', text: t('notices.savedModels') });
    } catch (error) {
      setNotice({ kind: 'error', text: t('notices.exportFailed', { message: (error as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  const importModels = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Clearing the input lets the same files be chosen again.
    event.target.value = '';
    if (files.length === 0) return;
    setBusy(true);
    try {
      const chosen = await Promise.all(
        files.map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() })),
      );
      const paired = pairModelFiles(chosen);
      if (!paired.ok) {
        setNotice({ kind: 'error', text: pickMessage(paired, language) });
        return;
      }
      const mismatch = await props.onImportModels(paired.pair);
      setNotice(
        mismatch === null
          ? { kind: 'done', text: t('notices.imported') }
          : { kind: 'error', text: mismatch },
      );
    } catch (error) {
      setNotice({ kind: 'error', text: t('notices.importFailed', { message: (error as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <details
      ref={menu}
      className={`gv-export${alignLeft ? ' gv-export--left' : ''}`}
      data-testid="export-menu"
      onToggle={(event) => {
        const element = event.currentTarget;
        setOpen(element.open);
        // A wrapped toolbar can put the button near the left edge, where a panel that opens
        // leftwards would leave the window.
        if (element.open) setAlignLeft(element.getBoundingClientRect().right < PANEL_WIDTH + 8);
        else setNotice(null);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !menu.current?.open) return;
        menu.current.open = false;
        menu.current.querySelector('summary')?.focus();
      }}
    >
      <summary className="gv-button gv-export__summary" title={t('menu.tooltip')}>
        {t('menu.label')}
      </summary>
      <div className="gv-export__panel">
        <button
          type="button"
          className="gv-button"
          disabled={props.kerasBlock !== null}
          title={props.kerasBlock ?? t('keras.tooltip')}
          onClick={exportScript}
        >
          {t('keras.label')}
        </button>
        <button
          type="button"
          className="gv-button"
          disabled={busy || props.exportBlock !== null}
          title={props.exportBlock ?? t('models.tooltip')}
          onClick={() => void exportModels()}
        >
          {t('models.label')}
        </button>
        <button
          type="button"
          className="gv-button"
          disabled={busy || props.importBlock !== null}
          title={props.importBlock ?? t('import.tooltip')}
          onClick={() => fileInput.current?.click()}
        >
          {t('import.label')}
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".json,.bin"
          hidden
          data-testid="import-models-input"
          onChange={(event) => void importModels(event)}
        />
        {notice && (
          <p
            className={`gv-export__notice gv-export__notice--${notice.kind}`}
            role={notice.kind === 'error' ? 'alert' : 'status'}
            data-testid="export-notice"
          >
            {notice.text}
          </p>
        )}
      </div>
    </details>
  );
}
