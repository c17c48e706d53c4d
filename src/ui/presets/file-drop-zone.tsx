import type { DragEvent, ReactNode } from 'react';

interface FileDropZoneProps {
  onDropFile(file: File): void;
  children: ReactNode;
}

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * Opens a file dropped anywhere on its children, such as a preset .json or a samples .png.
 * Drags that carry no file, such as a node type from the palette, pass through.
 */
export function FileDropZone({ onDropFile, children }: FileDropZoneProps) {
  return (
    <main
      className="gv-main"
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={(event) => {
        const file = event.dataTransfer.files[0];
        if (!file) return;
        event.preventDefault();
        onDropFile(file);
      }}
    >
      {children}
    </main>
  );
}
