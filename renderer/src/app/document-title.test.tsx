// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario } from './default-scenario';
import { renderApp } from '../test/render-app';

afterEach(cleanup);

describe('the tab title', () => {
  it('names the scenario, with a dot while anything is unsaved', () => {
    renderApp({ scenario: defaultScenario('en'), language: 'en' });
    expect(document.title).toBe('Seoul web service — CloudSizer');
    fireEvent.click(screen.getByRole('button', { name: /^Remove line .*\(ec2-1\)$/ }));
    expect(document.title).toBe('● Seoul web service — CloudSizer');
  });
});
