// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../app/default-scenario';
import { axeViolations } from '../test/axe';
import { renderLines } from './test-render-lines';

afterEach(cleanup);

const card = (container: HTMLElement, id: string) =>
  container.querySelector<HTMLElement>(`[data-line-id="${id}"]`)!;

describe('line editors open on request', () => {
  it('an opened estimate lists its lines as costs; Edit opens one editor, and closing keeps what was typed', async () => {
    const { container } = renderLines(defaultScenario('en'), 'en', 'closed');
    const web = card(container, 'ec2-1');
    // the summary: title and monthly cost, no form
    expect(within(web).getByTestId('line-monthly').textContent).toBe('$172.28');
    expect(within(web).queryByLabelText('Instances')).toBeNull();

    const edit = within(web).getByRole('button', { name: 'Edit line Web servers (ec2-1)' });
    expect(edit.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(edit);
    expect(edit.getAttribute('aria-expanded')).toBe('true');
    const count = within(web).getByLabelText<HTMLInputElement>('Instances');
    fireEvent.change(count, { target: { value: '0' } });
    expect(count.getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(
      within(web).getByRole('button', { name: 'Close the editor of line Web servers (ec2-1)' }),
    );
    expect(within(web).queryByRole('spinbutton')).toBeNull();
    // the invalid draft is kept, and said so on the summary
    expect(within(web).getByText('Some input is invalid. Totals use the last valid values.')).toBeTruthy();
    fireEvent.click(within(web).getByRole('button', { name: 'Edit line Web servers (ec2-1)' }));
    expect(within(web).getByLabelText<HTMLInputElement>('Instances').value).toBe('0');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('a line added here opens with its editor; "Open all editors" opens and closes every one', () => {
    const { container } = renderLines(defaultScenario('en'), 'en', 'closed');
    fireEvent.click(screen.getByRole('button', { name: 'Add line: Lambda' }));
    const added = container.querySelectorAll<HTMLElement>('.line-card--lambda');
    expect(added).toHaveLength(1);
    expect(within(added[0]!).getByLabelText('Requests per month')).toBeTruthy();
    // the new line's first field has the focus, so typing goes straight into it
    expect(added[0]!.contains(document.activeElement)).toBe(true);
    expect(document.activeElement?.tagName).toMatch(/INPUT|SELECT/);
    expect(within(card(container, 'ebs-1')).queryByLabelText('Size (GB)')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Open all editors' }));
    expect(within(card(container, 'ebs-1')).getByLabelText('Size (GB)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close all editors' }));
    for (const id of ['ec2-1', 'ebs-1', 's3-1'])
      expect(within(card(container, id)).getByTestId('line-edit').getAttribute('aria-expanded')).toBe(
        'false',
      );
  });
});
