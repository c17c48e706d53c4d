import i18next from 'i18next';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { localizeNodeType, type NodeType, type Shape } from '../../../nodes';
import { NodeHelp } from '../help/node-help';
import { currentLanguage } from '../i18n/use-language';

/** The React root of the open help panel, unmounted when the panel closes or is replaced. */
let helpRoot: Root | null = null;

/**
 * Opens a small form over the canvas to rename a node. Calls `onSubmit` with the text on
 * Enter or the Rename button; Escape or Cancel closes it without a change.
 */
export function openRenameDialog(
  container: HTMLElement,
  currentLabel: string,
  onSubmit: (label: string) => void,
): void {
  const t = i18next.getFixedT(null, 'editor');
  const form = createPanel(container, 'form', 'rename-dialog', t('rename.title'));
  const field = document.createElement('label');
  field.className = 'gv-editor-dialog__field';
  field.textContent = `${t('rename.field')} `;
  const input = document.createElement('input');
  input.type = 'text';
  input.value = currentLabel;
  input.dataset.testid = 'rename-input';
  field.append(input);
  const hint = document.createElement('p');
  hint.className = 'gv-editor-dialog__hint';
  hint.textContent = t('rename.hint');
  const actions = document.createElement('div');
  actions.className = 'gv-editor-dialog__actions';
  actions.append(
    createButton('submit', t('rename.submit')),
    createButton('button', t('rename.cancel'), close),
  );
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

/** A node's current parameters and input shape, which the help's output-size formula uses. */
export interface HelpFacts {
  params: Record<string, unknown>;
  inputShape: Shape | null;
}

/**
 * Opens a panel over the canvas with a node type's full help in the interface language, with
 * the output-size formula worked out for `facts`.
 */
export function openHelpPanel(container: HTMLElement, nodeType: NodeType, facts: HelpFacts): void {
  const t = i18next.getFixedT(null, 'help');
  const title = localizeNodeType(nodeType, currentLanguage()).title;
  const panel = createPanel(container, 'section', 'help-panel', title);
  panel.classList.add('gv-editor-dialog--help');
  const body = document.createElement('div');
  panel.append(body);
  helpRoot = createRoot(body);
  helpRoot.render(
    createElement(NodeHelp, { type: nodeType.type, params: facts.params, inputShape: facts.inputShape }),
  );

  const close = () => {
    unmountHelp();
    panel.remove();
  };
  const actions = document.createElement('div');
  actions.className = 'gv-editor-dialog__actions';
  const closeButton = createButton('button', t('close'), close);
  actions.append(closeButton);
  panel.append(actions);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  closeButton.focus();
}

function unmountHelp(): void {
  // Unmounting during a React render warns, and a menu click may arrive inside one.
  const root = helpRoot;
  helpRoot = null;
  if (root) setTimeout(() => root.unmount(), 0);
}

/** Creates a dialog element with a heading, replacing any dialog already open in `container`. */
function createPanel<K extends 'form' | 'section'>(
  container: HTMLElement,
  tag: K,
  testId: string,
  title: string,
): HTMLElementTagNameMap[K] {
  const open = container.querySelector('.gv-editor-dialog');
  if (open) {
    if (open.classList.contains('gv-editor-dialog--help')) unmountHelp();
    open.remove();
  }
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
