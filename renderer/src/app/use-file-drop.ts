import { useState, type DragEvent } from 'react';

/**
 * A drop zone for one file: `dragging` while files are held over it, and the handlers to spread on the
 * element. Only file drags count (dragged text does not light it up). The right-sizing panel sits inside the
 * app's own drop zone, so it keeps its drops to itself (`isolate`).
 */
export function useFileDrop(onFile: (file: File) => void, options: { isolate?: boolean } = {}) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      if (options.isolate) event.stopPropagation();
      setDragging(true);
    },
    onDragLeave: (event: DragEvent<HTMLElement>) => {
      if (event.currentTarget === event.target) setDragging(false);
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      const file = event.dataTransfer.files[0];
      setDragging(false);
      if (!file) return;
      event.preventDefault();
      if (options.isolate) event.stopPropagation();
      onFile(file);
    },
  };
  return { dragging, handlers };
}
