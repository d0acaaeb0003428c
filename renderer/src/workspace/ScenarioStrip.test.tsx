// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useEffect, useReducer } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario, emptyScenario } from '../app/default-scenario';
import { axeViolations } from '../test/axe';
import { ScenarioStrip } from './ScenarioStrip';
import { renderWithI18n } from './test-render';
import { initialWorkspace, workspaceReducer, type WorkspaceState } from './workspace-state';

afterEach(cleanup);

/** the harness's state after the last render */
const probe: { state: WorkspaceState | null } = { state: null };

function Harness({ confirm }: { confirm?: (message: string) => boolean }) {
  const [state, dispatch] = useReducer(workspaceReducer, null, () => initialWorkspace(defaultScenario('ko')));
  useEffect(() => {
    probe.state = state;
  });
  return (
    <ScenarioStrip
      state={state}
      dispatch={dispatch}
      onNew={() => dispatch({ type: 'addScenario', scenario: emptyScenario('ko') })}
      onSaveWorkspace={() => undefined}
      {...(confirm ? { confirm } : {})}
    />
  );
}

const tabs = () =>
  within(screen.getByRole('list', { name: '작업 공간의 시나리오' }))
    .getAllByRole('button')
    .map((b) => [b.textContent, b.getAttribute('aria-current')]);

describe('ScenarioStrip', () => {
  it('duplicates the selected scenario as "(사본)", selects the copy, and axe finds no violations', async () => {
    const { container } = renderWithI18n(<Harness />);
    expect(screen.getByRole('button', { name: '삭제: 서울 웹 서비스' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: '복제: 서울 웹 서비스' }));
    expect(tabs()).toEqual([
      ['서울 웹 서비스', null],
      ['서울 웹 서비스 (사본)●저장하지 않은 변경 있음', 'true'],
    ]);
    expect(probe.state?.scenario.items.map((i) => i.id)).toEqual(
      defaultScenario('ko').items.map((i) => i.id),
    );
    fireEvent.click(screen.getByRole('button', { name: '복제: 서울 웹 서비스 (사본)' }));
    expect(probe.state?.scenario.name).toBe('서울 웹 서비스 (사본 2)');
    fireEvent.click(screen.getByRole('button', { name: '+ 새 시나리오' }));
    expect(probe.state?.scenario.name).toBe('새 견적');
    fireEvent.click(screen.getByRole('button', { name: '서울 웹 서비스' }));
    expect(probe.state?.activeId).toBe('s1');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renames inline: Enter keeps, Esc drops, an empty name is refused with a message', async () => {
    const { container } = renderWithI18n(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: '이름 바꾸기' }));
    const input = screen.getByRole('textbox', { name: '시나리오 이름 바꾸기: 서울 웹 서비스' });
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: '   ' } });
    expect(screen.getByRole('alert').textContent).toBe('이름을 입력하세요');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(probe.state?.scenario.name).toBe('서울 웹 서비스');
    fireEvent.change(input, { target: { value: '  3년 RI ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(probe.state?.scenario.name).toBe('3년 RI');
    expect(document.activeElement?.textContent).toContain('3년 RI');

    fireEvent.doubleClick(screen.getByRole('button', { name: /^3년 RI/ }));
    const again = screen.getByRole('textbox', { name: '시나리오 이름 바꾸기: 3년 RI' });
    fireEvent.change(again, { target: { value: 'dropped' } });
    fireEvent.keyDown(again, { key: 'Escape' });
    expect(probe.state?.scenario.name).toBe('3년 RI');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('moves the selected scenario with buttons, disabled at either end', () => {
    renderWithI18n(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: '복제: 서울 웹 서비스' }));
    const earlier = screen.getByRole('button', { name: '앞으로 이동: 서울 웹 서비스 (사본)' });
    expect(screen.getByRole('button', { name: '뒤로 이동: 서울 웹 서비스 (사본)' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.click(earlier);
    expect(probe.state?.workspace.entries.map((e) => e.scenario.name)).toEqual([
      '서울 웹 서비스 (사본)',
      '서울 웹 서비스',
    ]);
    expect(earlier).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: '뒤로 이동: 서울 웹 서비스 (사본)' }));
    expect(probe.state?.workspace.entries.map((e) => e.id)).toEqual(['s1', 's2']);
  });

  it('asks before removing, and removes only when the user agrees', () => {
    const confirm = vi.fn(() => false);
    renderWithI18n(<Harness confirm={confirm} />);
    fireEvent.click(screen.getByRole('button', { name: '복제: 서울 웹 서비스' }));
    fireEvent.click(screen.getByRole('button', { name: '삭제: 서울 웹 서비스 (사본)' }));
    expect(confirm).toHaveBeenCalledWith(
      '"서울 웹 서비스 (사본)" 시나리오를 작업 공간에서 삭제할까요? 저장하지 않은 변경은 사라집니다.',
    );
    expect(probe.state?.workspace.entries).toHaveLength(2);
    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: '삭제: 서울 웹 서비스 (사본)' }));
    expect(probe.state?.workspace.entries.map((e) => e.scenario.name)).toEqual(['서울 웹 서비스']);
  });

  it('speaks English too', () => {
    renderWithI18n(<Harness />, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate: 서울 웹 서비스' }));
    expect(probe.state?.scenario.name).toBe('서울 웹 서비스 (copy)');
    expect(screen.getByRole('button', { name: 'Save workspace' })).toBeTruthy();
  });
});
