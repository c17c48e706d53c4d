import './editing.css';

/** How long a message stays on the canvas, in milliseconds. */
const MESSAGE_DURATION_MS = 5000;

/** A short message shown at the top of the canvas, such as why a connection was rejected. */
export interface EditorMessage {
  show(text: string): void;
  destroy(): void;
}

/**
 * Creates a status element in `container` that shows one message at a time. Screen readers
 * announce it because it has role="status".
 */
export function createEditorMessage(container: HTMLElement): EditorMessage {
  const element = document.createElement('div');
  element.className = 'gv-editor-message';
  element.setAttribute('role', 'status');
  element.dataset.testid = 'editor-message';
  element.hidden = true;
  container.append(element);

  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    show(text) {
      clearTimeout(timer);
      element.textContent = text;
      element.hidden = false;
      timer = setTimeout(() => {
        element.hidden = true;
      }, MESSAGE_DURATION_MS);
    },
    destroy() {
      clearTimeout(timer);
      element.remove();
    },
  };
}
