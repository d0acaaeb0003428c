import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldFrame } from '../fields/Field';
import { enterTags, TAG_MAX_LENGTH, TAGS_PER_LINE, type TagProblem } from './tag-rules';
import './groups.css';

type Props = {
  tags: readonly string[];
  /** a problem the line's schema found under `tags` */
  error?: string | undefined;
  onTags: (tags: string[]) => void;
};

const PROBLEM_MESSAGES: Record<TagProblem, { key: string; params?: Record<string, number> }> = {
  tooLong: { key: 'validation.tagTooLong', params: { max: TAG_MAX_LENGTH } },
  space: { key: 'validation.tagSpace' },
  duplicate: { key: 'validation.tagDuplicate' },
  limit: { key: 'validation.tagLimit', params: { max: TAGS_PER_LINE } },
};

/**
 * A line's tags as chips: type a tag and press Enter or a comma to add it; each chip has a labelled remove
 * button. A refused tag stays in the input with the reason under it.
 */
export function TagsField({ tags, error, onTags }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<TagProblem | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const removeButtons = useRef<(HTMLButtonElement | null)[]>([]);
  /** where focus goes after a chip is removed: a chip index, or -1 for the input */
  const focusAfterRemove = useRef<number | null>(null);

  useEffect(() => {
    const target = focusAfterRemove.current;
    if (target === null) return;
    focusAfterRemove.current = null;
    (target < 0 ? input.current : removeButtons.current[target])?.focus();
  }, [tags]);

  function enter(value: string, finished: boolean) {
    const entry = enterTags(value, tags, finished);
    setText(entry.rest);
    setProblem(entry.problem);
    if (entry.tags.length !== tags.length) onTags([...entry.tags]);
  }

  function remove(index: number) {
    const next = tags.filter((_, i) => i !== index);
    focusAfterRemove.current = next.length === 0 ? -1 : Math.min(index, next.length - 1);
    setProblem(null);
    onTags(next);
  }

  const message = problem ? t(PROBLEM_MESSAGES[problem].key, PROBLEM_MESSAGES[problem].params ?? {}) : error;

  return (
    <FieldFrame label={t('tags.field')} hint={t('tags.hint')} error={message} className="field--tags">
      {({ id, describedBy, invalid }) => (
        <div className={`tags-input${invalid ? ' tags-input--invalid' : ''}`}>
          {tags.length > 0 && (
            <ul className="tags-input__chips" aria-label={t('tags.list')}>
              {tags.map((tag, index) => (
                // a file may repeat a tag: the position keeps keys apart
                <li key={`${index}:${tag}`} className="tag-chip">
                  <span className="tag-chip__text">{tag}</span>
                  <button
                    ref={(element) => {
                      removeButtons.current[index] = element;
                    }}
                    type="button"
                    className="tag-chip__remove"
                    aria-label={t('tags.removeLabel', { tag })}
                    onClick={() => remove(index)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            ref={input}
            id={id}
            className="tags-input__input"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={text}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              const value = event.target.value;
              if (value.includes(',')) enter(value, false);
              else {
                setText(value);
                setProblem(null);
              }
            }}
            onKeyDown={(event) => {
              // Enter that ends a Korean IME composition is not the user's Enter
              if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.keyCode === 229) return;
              event.preventDefault();
              enter(text, true);
            }}
          />
        </div>
      )}
    </FieldFrame>
  );
}
