// @vitest-environment jsdom
import { cleanup, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../engine/scenario';
import { defaultScenario } from '../app/default-scenario';
import { probe, renderLines } from '../lines/test-render-lines';
import { axeViolations } from '../test/axe';

afterEach(cleanup);

const card = (container: HTMLElement, id: string) =>
  container.querySelector<HTMLElement>(`[data-line-id="${id}"]`)!;
const tagsOf = (id: string) => probe.state!.scenario.items.find((item) => item.id === id)!.tags;
const chips = (line: HTMLElement) =>
  [...line.querySelectorAll('.tag-chip__text')].map((chip) => chip.textContent);

describe('tags field', () => {
  it('adds a tag with Enter and with a comma (a pasted list too), as chips', async () => {
    const user = userEvent.setup();
    const { container } = renderLines(defaultScenario('ko'));
    const line = card(container, 'ec2-1');
    const input = within(line).getByLabelText('태그');
    await user.type(input, ' prod {Enter}');
    expect(tagsOf('ec2-1')).toEqual(['prod']);
    await user.type(input, '웹,db,');
    expect(tagsOf('ec2-1')).toEqual(['prod', '웹', 'db']);
    await user.type(input, 'api, 캐시,lat');
    expect(tagsOf('ec2-1')).toEqual(['prod', '웹', 'db', 'api', '캐시']);
    expect((input as HTMLInputElement).value).toBe('lat');
    expect(chips(line)).toEqual(['prod', '웹', 'db', 'api', '캐시']);
    expect(within(line).getByRole('list', { name: '이 항목의 태그' })).toBeTruthy();
    expect(scenarioSchema.safeParse(probe.state!.scenario).success).toBe(true);
    expect(await axeViolations(line)).toEqual([]);
  });

  it('removes a tag from the keyboard; the focus moves to the next chip, then to the input', async () => {
    const user = userEvent.setup();
    const { container } = renderLines({
      ...defaultScenario('ko'),
      items: defaultScenario('ko').items.map((item) =>
        item.id === 'ec2-1' ? { ...item, tags: ['prod', 'web', 'db'] } : item,
      ),
    });
    const line = card(container, 'ec2-1');
    within(line).getByRole('button', { name: '태그 삭제: web' }).focus();
    await user.keyboard('{Enter}');
    expect(tagsOf('ec2-1')).toEqual(['prod', 'db']);
    expect(document.activeElement).toBe(within(line).getByRole('button', { name: '태그 삭제: db' }));
    await user.keyboard(' ');
    expect(tagsOf('ec2-1')).toEqual(['prod']);
    expect(document.activeElement).toBe(within(line).getByRole('button', { name: '태그 삭제: prod' }));
    await user.keyboard('{Enter}');
    expect(tagsOf('ec2-1')).toEqual([]);
    expect(document.activeElement).toBe(within(line).getByLabelText('태그'));
    expect(within(line).queryByRole('list', { name: '이 항목의 태그' })).toBeNull();
  });

  it('a refused tag stays in the input with the reason under it, and the line keeps its tags', async () => {
    const user = userEvent.setup();
    const { container } = renderLines(defaultScenario('ko'));
    const line = card(container, 'ec2-1');
    const input = within(line).getByLabelText('태그') as HTMLInputElement;
    const reason = () => within(line).getByRole('alert').textContent;

    await user.type(input, 'web server{Enter}');
    expect(reason()).toBe('태그에는 공백을 쓸 수 없습니다 (- 또는 _를 쓰세요)');
    expect(input.value).toBe('web server');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(within(line).getByRole('alert').id);
    expect(tagsOf('ec2-1')).toEqual([]);

    await user.clear(input);
    expect(within(line).queryByRole('alert')).toBeNull();
    await user.type(input, 'prod{Enter}prod,');
    expect(reason()).toBe('이미 붙인 태그입니다');
    await user.clear(input);
    await user.click(input);
    await user.paste(`${'a'.repeat(65)}`);
    await user.keyboard('{Enter}');
    expect(reason()).toBe('태그는 64자 이하여야 합니다');
    await user.clear(input);
    await user.paste(Array.from({ length: 19 }, (_, i) => `t${i}`).join(',') + ',');
    expect(tagsOf('ec2-1')).toHaveLength(20);
    await user.type(input, 'one-more{Enter}');
    expect(reason()).toBe('태그는 20개까지 붙일 수 있습니다');
    expect(tagsOf('ec2-1')).toHaveLength(20);
    expect(scenarioSchema.safeParse(probe.state!.scenario).success).toBe(true);
    // the card itself is not invalid: nothing was committed
    expect(within(line).queryByText(/잘못된 입력이 있습니다/)).toBeNull();
  });

  it('speaks English too', async () => {
    const user = userEvent.setup();
    const { container } = renderLines(defaultScenario('en'), 'en');
    const line = card(container, 'ec2-1');
    await user.type(within(line).getByLabelText('Tags'), 'a b{Enter}');
    expect(within(line).getByRole('alert').textContent).toBe('A tag cannot contain spaces (use - or _)');
    expect(within(line).getByText('Press Enter or type a comma to add')).toBeTruthy();
  });
});
