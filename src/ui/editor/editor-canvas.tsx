import { useEffect, useRef, type DragEvent } from 'react';
import type { NodeViewContext } from '../node-view/node-view';
import { NODE_TYPE_MIME } from '../palette';
import { createGanvasEditor, type GanvasEditor } from './create-editor';

interface EditorCanvasProps {
  context: Omit<NodeViewContext, 'onParamsChange'>;
  /** Called with the editor once it exists, and with null before it is destroyed. */
  onReady(editor: GanvasEditor | null): void;
}

/** Hosts the Rete editor and adds the node types dropped on it from the palette. */
export function EditorCanvas({ context, onReady }: EditorCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const editor = useRef<GanvasEditor | null>(null);

  useEffect(() => {
    const created = createGanvasEditor(container.current!, context);
    editor.current = created;
    onReady(created);
    return () => {
      onReady(null);
      editor.current = null;
      // Node views are React roots of their own. Unmounting them while React commits this
      // tree makes React warn, so the editor is destroyed just after.
      setTimeout(() => created.destroy(), 0);
    };
  }, [context, onReady]);

  const acceptsDrop = (event: DragEvent) => event.dataTransfer.types.includes(NODE_TYPE_MIME);

  return (
    <div
      className="gv-canvas"
      ref={container}
      data-testid="editor"
      onDragOver={(event) => {
        if (!acceptsDrop(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={(event) => {
        const type = event.dataTransfer.getData(NODE_TYPE_MIME);
        if (!type || !editor.current) return;
        event.preventDefault();
        void editor.current.addNode(type, editor.current.canvasPoint(event.nativeEvent));
      }}
    />
  );
}
