import { useState, type DragEvent } from 'react';

type DropOptions = { isolate?: boolean };

/**
 * A drop zone for files: `dragging` while files are held over it, and the handlers to spread on the element.
 * Only file drags count (dragged text does not light it up). The right-sizing and class-grading panels sit
 * inside the app's own drop zone, so they keep their drops to themselves (`isolate`).
 */
export function useFilesDrop(onFiles: (files: File[]) => void, options: DropOptions = {}) {
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
      const files = Array.from(event.dataTransfer.files);
      setDragging(false);
      if (files.length === 0) return;
      event.preventDefault();
      if (options.isolate) event.stopPropagation();
      onFiles(files);
    },
  };
  return { dragging, handlers };
}

/** A drop zone for one file: the first of the files dropped. */
export function useFileDrop(onFile: (file: File) => void, options: DropOptions = {}) {
  return useFilesDrop((files) => {
    if (files[0]) onFile(files[0]);
  }, options);
}
