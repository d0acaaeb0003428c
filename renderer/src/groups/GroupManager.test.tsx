// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../engine/scenario';
import { defaultScenario } from '../app/default-scenario';
import { probe, renderLines } from '../lines/test-render-lines';
import { axeViolations } from '../test/axe';

afterEach(cleanup);

const card = (container: HTMLElement, id: string) =>
  container.querySelector<HTMLElement>(`[data-line-id="${id}"]`)!;
const manager = () => screen.getByRole('region', { name: '그룹' });
const scenario = () => probe.state!.scenario;

function addGroup(name: string) {
  fireEvent.change(within(manager()).getByLabelText('새 그룹 이름'), { target: { value: name } });
  fireEvent.click(within(manager()).getByRole('button', { name: '그룹 추가' }));
}

describe('group manager', () => {
  it('adds groups by name and refuses an empty or taken one with the field message', async () => {
    const { container } = renderLines(defaultScenario('ko'));
    const toggle = screen.getByRole('button', { name: '그룹 관리' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(manager()).getByText('아직 그룹이 없습니다.')).toBeTruthy();

    addGroup('  웹 계층 ');
    addGroup('데이터베이스');
    expect(scenario().groups).toEqual([
      { id: 'group-1', name: '웹 계층' },
      { id: 'group-2', name: '데이터베이스' },
    ]);
    expect(within(manager()).getByLabelText('그룹 이름: 웹 계층')).toBeTruthy();

    addGroup('웹 계층');
    expect(within(manager()).getByRole('alert').textContent).toBe('같은 이름의 그룹이 이미 있습니다');
    expect(within(manager()).getByLabelText('새 그룹 이름').getAttribute('aria-invalid')).toBe('true');
    addGroup('');
    expect(within(manager()).getByRole('alert').textContent).toBe('그룹 이름을 입력하세요');
    expect(scenario().groups).toHaveLength(2);
    // the toggle counts the groups; the line editors offer them
    expect(toggle.textContent).toBe('그룹 관리 2');
    const select = within(card(container, 'ec2-1')).getByLabelText('그룹') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual(['그룹 없음', '웹 계층', '데이터베이스']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renames in place with Enter (Esc goes back), keeping the id the lines point at', () => {
    const { container } = renderLines({ ...defaultScenario('ko'), groups: [{ id: 'web', name: '웹' }] });
    fireEvent.change(within(card(container, 'ec2-1')).getByLabelText('그룹'), { target: { value: 'web' } });
    expect(within(card(container, 'ec2-1')).getByTestId('line-group').textContent).toBe('그룹: 웹');

    fireEvent.click(screen.getByRole('button', { name: /^그룹 관리/ }));
    const name = within(manager()).getByLabelText('그룹 이름: 웹') as HTMLInputElement;
    fireEvent.change(name, { target: { value: '프런트엔드' } });
    fireEvent.keyDown(name, { key: 'Escape' });
    expect(name.value).toBe('웹');
    fireEvent.change(name, { target: { value: '웹 계층' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    expect(scenario().groups).toEqual([{ id: 'web', name: '웹 계층' }]);
    expect(scenario().items[0]!.group).toBe('web');
    expect(within(card(container, 'ec2-1')).getByTestId('line-group').textContent).toBe('그룹: 웹 계층');

    fireEvent.change(within(manager()).getByLabelText('그룹 이름: 웹 계층'), { target: { value: ' ' } });
    expect(within(manager()).getByRole('alert').textContent).toBe('그룹 이름을 입력하세요');
    fireEvent.blur(within(manager()).getByLabelText('그룹 이름: 웹 계층'));
    expect(scenario().groups[0]!.name).toBe('웹 계층');
  });

  it('deletes an unused group at once; a used one asks, and its lines stay without a group', async () => {
    const { container } = renderLines({
      ...defaultScenario('ko'),
      groups: [
        { id: 'web', name: '웹' },
        { id: 'spare', name: '예비' },
      ],
    });
    for (const id of ['ec2-1', 'ebs-1'])
      fireEvent.change(within(card(container, id)).getByLabelText('그룹'), { target: { value: 'web' } });
    fireEvent.click(screen.getByRole('button', { name: /^그룹 관리/ }));
    expect(within(manager()).getByText('항목 2개')).toBeTruthy();

    fireEvent.click(within(manager()).getByRole('button', { name: '그룹 삭제: 예비' }));
    expect(scenario().groups.map((g) => g.id)).toEqual(['web']);
    expect(document.activeElement).toBe(within(manager()).getByLabelText('새 그룹 이름'));

    const remove = within(manager()).getByRole('button', { name: '그룹 삭제: 웹' });
    fireEvent.click(remove);
    const question = within(manager()).getByRole('group', { name: /"웹" 그룹에 항목 2개가 있습니다/ });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: '취소' }));
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(within(question).getByRole('button', { name: '취소' }));
    expect(document.activeElement).toBe(remove);
    expect(scenario().groups).toHaveLength(1);

    fireEvent.click(remove);
    fireEvent.click(within(manager()).getByRole('button', { name: '그룹 삭제' }));
    expect(scenario().groups).toEqual([]);
    expect(scenario().items.filter((item) => item.group !== undefined)).toEqual([]);
    expect(scenarioSchema.safeParse(scenario()).success).toBe(true);
    expect(within(card(container, 'ec2-1')).queryByTestId('line-group')).toBeNull();
    expect((within(card(container, 'ec2-1')).getByLabelText('그룹') as HTMLSelectElement).value).toBe('');

    // closing the panel gives the focus back to its button
    fireEvent.click(within(manager()).getByRole('button', { name: '닫기' }));
    expect(screen.queryByRole('region', { name: '그룹' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '그룹 관리' }));
  });
});
