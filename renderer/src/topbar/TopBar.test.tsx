// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../app/default-scenario';
import { axeViolations } from '../test/axe';
import { renderApp } from '../test/render-app';

afterEach(cleanup);

const nameField = () => screen.getByLabelText('Scenario name') as HTMLInputElement;

function renameFromTab(name: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
  const input = screen.getByRole('textbox', { name: /^Rename scenario: / });
  fireEvent.change(input, { target: { value: name } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

describe('scenario name in the top bar', () => {
  it('follows a rename from the scenario tab, and the line editors keep their invalid drafts', async () => {
    const { container } = renderApp({ language: 'en', scenario: defaultScenario('en') });
    const card = container.querySelector<HTMLElement>('[data-line-id="ec2-1"]');
    if (!card) throw new Error('no card for ec2-1');
    const count = within(card).getByLabelText('Instances') as HTMLInputElement;
    fireEvent.change(count, { target: { value: '0' } });
    expect(screen.getByText('1 line with invalid input')).toBeTruthy();

    renameFromTab('3-year RI');
    expect(nameField().value).toBe('3-year RI');
    expect(screen.getByRole('list', { name: 'Scenarios in this workspace' }).textContent).toContain(
      '3-year RI',
    );
    // the draft "0" and its message survive the rename
    const after = within(card).getByLabelText('Instances') as HTMLInputElement;
    expect(after.value).toBe('0');
    expect(after.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('1 line with invalid input')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps what is typed there, and an emptied field until a rename elsewhere replaces it', () => {
    renderApp({ language: 'en', scenario: defaultScenario('en') });
    fireEvent.change(nameField(), { target: { value: ' Graviton + Spot' } });
    expect(nameField().value).toBe(' Graviton + Spot');
    fireEvent.change(nameField(), { target: { value: '' } });
    expect(nameField().value).toBe('');
    expect(nameField().getAttribute('aria-invalid')).toBe('true');
    // the scenario keeps its last valid name meanwhile
    expect(screen.getByRole('list', { name: 'Scenarios in this workspace' }).textContent).toContain(
      'Graviton + Spot',
    );
    renameFromTab('All on-demand');
    expect(nameField().value).toBe('All on-demand');
    expect(nameField().getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the other scenario’s name when another tab is selected', () => {
    renderApp({ language: 'en', scenario: defaultScenario('en') });
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate: Seoul web service' }));
    expect(nameField().value).toBe('Seoul web service (copy)');
    fireEvent.click(screen.getByRole('button', { name: 'Seoul web service' }));
    expect(nameField().value).toBe('Seoul web service');
  });
});
