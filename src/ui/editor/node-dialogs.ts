import type { NodeType } from '../../../nodes';

/**
 * Opens a small form over the canvas to rename a node. Calls `onSubmit` with the text on
 * Enter or the Rename button; Escape or Cancel closes it without a change.
 */
export function openRenameDialog(
  container: HTMLElement,
  currentLabel: string,
  onSubmit: (label: string) => void,
): void {
  const form = createPanel(container, 'form', 'rename-dialog', 'Rename node');
  const field = document.createElement('label');
  field.className = 'gv-editor-dialog__field';
  field.textContent = 'Label ';
  const input = document.createElement('input');
  input.type = 'text';
  input.value = currentLabel;
  input.dataset.testid = 'rename-input';
  field.append(input);
  const hint = document.createElement('p');
  hint.className = 'gv-editor-dialog__hint';
  hint.textContent = 'Leave empty to show the node type again.';
  const actions = document.createElement('div');
  actions.className = 'gv-editor-dialog__actions';
  actions.append(createButton('submit', 'Rename'), createButton('button', 'Cancel', close));
  form.append(field, hint, actions);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit(input.value);
    close();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  input.focus();
  input.select();

  function close() {
    form.remove();
  }
}

/** Opens a panel over the canvas with a node type's summary and the doc of each parameter. */
export function openHelpPanel(container: HTMLElement, nodeType: NodeType): void {
  const panel = createPanel(container, 'section', 'help-panel', nodeType.title);
  const summary = document.createElement('p');
  summary.textContent = nodeType.summary;
  panel.append(summary);

  const params = Object.entries(nodeType.params);
  if (params.length === 0) {
    const none = document.createElement('p');
    none.textContent = 'This node has no parameters.';
    panel.append(none);
  } else {
    const list = document.createElement('dl');
    for (const [name, spec] of params) {
      const term = document.createElement('dt');
      term.textContent = `${spec.label} (${name}, default ${formatDefault(spec.default)})`;
      const description = document.createElement('dd');
      description.textContent = spec.doc;
      list.append(term, description);
    }
    panel.append(list);
  }

  const actions = document.createElement('div');
  actions.className = 'gv-editor-dialog__actions';
  const closeButton = createButton('button', 'Close', () => panel.remove());
  actions.append(closeButton);
  panel.append(actions);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') panel.remove();
  });
  closeButton.focus();
}

/** Creates a dialog element with a heading, replacing any dialog already open in `container`. */
function createPanel<K extends 'form' | 'section'>(
  container: HTMLElement,
  tag: K,
  testId: string,
  title: string,
): HTMLElementTagNameMap[K] {
  container.querySelector('.gv-editor-dialog')?.remove();
  const panel = document.createElement(tag);
  panel.className = 'gv-editor-dialog';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', title);
  panel.dataset.testid = testId;
  // Keeps clicks and wheel turns inside the dialog from panning or zooming the canvas.
  for (const type of ['pointerdown', 'wheel', 'dblclick', 'contextmenu'] as const) {
    panel.addEventListener(type, (event) => event.stopPropagation());
  }
  const heading = document.createElement('h2');
  heading.textContent = title;
  panel.append(heading);
  container.append(panel);
  return panel;
}

function createButton(type: 'submit' | 'button', text: string, onClick?: () => void) {
  const button = document.createElement('button');
  button.type = type;
  button.className = 'gv-button';
  button.textContent = text;
  if (onClick) button.addEventListener('click', onClick);
  return button;
}

function formatDefault(value: unknown): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}
