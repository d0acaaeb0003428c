// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFileDrop, useFilesDrop } from './use-file-drop';

afterEach(cleanup);

function Zone({ onFile, isolate }: { onFile: (file: File) => void; isolate?: boolean }) {
  const drop = useFileDrop(onFile, { isolate });
  return (
    <div data-testid="zone" data-dragging={drop.dragging} {...drop.handlers}>
      <span data-testid="inner">inside</span>
    </div>
  );
}

const file = new File(['{}'], 'mine.cloudsizer.json', { type: 'application/json' });
const files = (list: File[]) => ({ dataTransfer: { types: ['Files'], files: list } });

describe('useFileDrop', () => {
  it('lights up while files are held over it and hands over the dropped file', () => {
    const onFile = vi.fn();
    render(<Zone onFile={onFile} />);
    const zone = screen.getByTestId('zone');
    fireEvent.dragOver(zone, files([]));
    expect(zone.dataset.dragging).toBe('true');
    fireEvent.drop(zone, files([file]));
    expect(zone.dataset.dragging).toBe('false');
    expect(onFile).toHaveBeenCalledWith(file);
  });

  it('ignores dragged text, and leaving a child does not end the drag', () => {
    render(<Zone onFile={vi.fn()} />);
    const zone = screen.getByTestId('zone');
    fireEvent.dragOver(zone, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(zone.dataset.dragging).toBe('false');
    fireEvent.dragOver(zone, files([]));
    fireEvent.dragLeave(screen.getByTestId('inner'));
    expect(zone.dataset.dragging).toBe('true');
    fireEvent.dragLeave(zone);
    expect(zone.dataset.dragging).toBe('false');
  });

  it('keeps its drops from the zone around it when isolated', () => {
    const outer = vi.fn();
    const inner = vi.fn();
    render(
      <div onDrop={(event) => outer(event.dataTransfer.files[0])}>
        <Zone onFile={inner} isolate />
      </div>,
    );
    fireEvent.drop(screen.getByTestId('zone'), files([file]));
    expect(inner).toHaveBeenCalledWith(file);
    expect(outer).not.toHaveBeenCalled();
  });

  it('hands over every dropped file to a zone that takes several', () => {
    const onFiles = vi.fn();
    function Many() {
      const drop = useFilesDrop(onFiles);
      return <div data-testid="many" {...drop.handlers} />;
    }
    render(<Many />);
    const second = new File(['{}'], 'two.json', { type: 'application/json' });
    fireEvent.drop(screen.getByTestId('many'), files([file, second]));
    expect(onFiles).toHaveBeenCalledWith([file, second]);
  });
});
