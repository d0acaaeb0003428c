// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../app/default-scenario';
import { fakeDesktopBridge } from '../test/fake-desktop-bridge';
import { renderApp } from '../test/render-app';

afterEach(cleanup);

const hasLine = (container: HTMLElement, id: string) =>
  container.querySelector(`[data-line-id="${id}"]`) !== null;
const total = () => screen.getByTestId('total-monthly').textContent;
const removeWebServer = () =>
  fireEvent.click(screen.getByRole('button', { name: /^Remove line .*\(ec2-1\)$/ }));

describe('undo and redo in the builder', () => {
  it('brings back a deleted line and its cost with the Undo button, and Redo deletes it again', () => {
    const { container } = renderApp({ scenario: defaultScenario('en'), language: 'en' });
    const before = total();
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toHaveProperty('disabled', true);
    expect(undo.title).toBe('Nothing to undo');
    removeWebServer();
    expect(hasLine(container, 'ec2-1')).toBe(false);
    expect(total()).not.toBe(before);

    expect(undo.title).toBe('Undo: delete line (Ctrl+Z)');
    fireEvent.click(undo);
    expect(hasLine(container, 'ec2-1')).toBe(true);
    expect(total()).toBe(before);
    expect(screen.getByText(/Unsaved changes/)).toBeTruthy();

    expect(redo.title).toBe('Redo: delete line (Ctrl+Shift+Z)');
    fireEvent.click(redo);
    expect(hasLine(container, 'ec2-1')).toBe(false);
  });

  it('Ctrl+Z outside a text field undoes the estimate; inside one it is left to the field', () => {
    const { container } = renderApp({ scenario: defaultScenario('ko') });
    const count = within(container.querySelector<HTMLElement>('[data-line-id="ec2-1"]')!).getByLabelText(
      '인스턴스 수',
    );
    fireEvent.change(count, { target: { value: '5' } });
    fireEvent.change(count, { target: { value: '7' } });
    count.focus();
    fireEvent.keyDown(count, { key: 'z', ctrlKey: true });
    expect((count as HTMLInputElement).value).toBe('7');

    count.blur();
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    const restored = within(container.querySelector<HTMLElement>('[data-line-id="ec2-1"]')!).getByLabelText(
      '인스턴스 수',
    );
    expect((restored as HTMLInputElement).value).toBe('2');
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(
      (
        within(container.querySelector<HTMLElement>('[data-line-id="ec2-1"]')!).getByLabelText(
          '인스턴스 수',
        ) as HTMLInputElement
      ).value,
    ).toBe('7');
  });

  it('the desktop menu’s Undo undoes the estimate, or the typing when a text field has focus', async () => {
    const { bridge, send } = fakeDesktopBridge();
    const { container } = renderApp({ scenario: defaultScenario('en'), language: 'en', bridge });
    removeWebServer();
    // the desktop gets Ctrl+Z from its menu, not from the page
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(hasLine(container, 'ec2-1')).toBe(false);
    await send({ command: 'edit:undo' });
    expect(hasLine(container, 'ec2-1')).toBe(true);

    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    screen.getByLabelText('Scenario name').focus();
    await send({ command: 'edit:redo' });
    expect(execCommand).toHaveBeenCalledWith('redo');
    expect(hasLine(container, 'ec2-1')).toBe(true);
  });
});
