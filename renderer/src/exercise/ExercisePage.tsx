import { useMemo, useState } from 'react';
import { IssueTable } from '../app/IssueTable';
import { ClassGradingPanel } from './ClassGradingPanel';
import { FileChooser } from '../fields/FileChooser';
import { useTranslation } from 'react-i18next';
import { pricesFromSnapshot } from '../../../engine';
import { parseExerciseText, prepareExercise, type Exercise, type FileIssue } from '../../../engine/exercise';
import type { PriceSnapshot } from '../../../engine/prices';
import { Dialog } from '../app/Dialog';
import { SelectField } from '../fields/SelectField';
import { useLang } from '../instances/use-lang';
import { fileReadIssue, readFileText } from '../files/read-file-text';
import { bundledExercises } from './bundled-exercises';
import { ExerciseTask } from './ExerciseTask';
import { InstructorEditor } from './InstructorEditor';
import { StudentPanel } from './StudentPanel';
import './exercise.css';

export type ExercisePageProps = {
  snapshot: PriceSnapshot;
  /** CSV and JSON downloads; defaults to a browser download (Blob + <a download>) */
  download?: (text: string, fileName: string) => void;
};

type Entry = { key: string; exercise: Exercise };
type Mode = 'student' | 'instructor';

/** 연습 문제: pick a bundled exercise or open a file; solve it as a student or edit it as an instructor. */
export function ExercisePage({ snapshot, download }: ExercisePageProps) {
  const { t } = useTranslation('exercise');
  const lang = useLang();
  const prices = useMemo(() => pricesFromSnapshot(snapshot), [snapshot]);
  const bundled = useMemo(() => bundledExercises(), []);
  const [entries, setEntries] = useState<Entry[]>(() =>
    bundled.flatMap((b) => (b.ok ? [{ key: b.fileName, exercise: b.exercise }] : [])),
  );
  const [selectedKey, setSelectedKey] = useState<string>(() => entries[0]?.key ?? '');
  const [mode, setMode] = useState<Mode>('student');
  const [invalid, setInvalid] = useState<{ fileName: string; issues: FileIssue[] } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  const selected = entries.find((e) => e.key === selectedKey) ?? entries[0];
  const prepared = useMemo(
    () => (selected ? prepareExercise(selected.exercise, prices, snapshot.catalogue.types) : null),
    [selected, prices, snapshot],
  );
  const broken = bundled.filter((b) => !b.ok);

  const addEntry = (entry: Entry) => {
    setEntries((all) => [...all.filter((e) => e.key !== entry.key), entry]);
    setSelectedKey(entry.key);
    setGeneration((g) => g + 1);
  };

  const openFile = async (file: File) => {
    let text: string;
    try {
      text = await readFileText(file);
    } catch (error) {
      setInvalid({ fileName: file.name, issues: [fileReadIssue(file.name, error)] });
      return;
    }
    const parsed = parseExerciseText(text);
    if (!parsed.ok) {
      setInvalid({ fileName: file.name, issues: parsed.issues });
      return;
    }
    addEntry({ key: `file:${file.name}`, exercise: parsed.value });
    setNotice(t('page.opened', { file: file.name }));
  };

  return (
    <section className="ex-page" aria-labelledby="ex-page-title">
      <header className="ex-page__header">
        <h2 id="ex-page-title">{t('page.title')}</h2>
        <p className="field__hint">{t('page.intro', { snapshot: snapshot.manifest.snapshotId })}</p>
      </header>
      <div className="card ex-toolbar">
        <SelectField
          label={t('page.choose')}
          value={selected?.key ?? ''}
          className="ex-choose"
          options={entries.map((e) => ({ value: e.key, label: e.exercise.title[lang] }))}
          onValue={(key) => {
            setSelectedKey(key);
            setGeneration((g) => g + 1);
          }}
        />
        <FileChooser
          inputLabel={t('page.fileInput')}
          buttonText={t('page.openFile')}
          accept=".json,application/json"
          testId="exercise-file-input"
          onFiles={([file]) => {
            if (file) void openFile(file);
          }}
        />
        <div className="ex-modes" role="group" aria-label={t('page.mode')}>
          {(['student', 'instructor'] as const).map((m) => (
            <button
              key={m}
              type="button"
              className={`button${mode === m ? ' button--primary' : ''}`}
              aria-pressed={mode === m}
              onClick={() => setMode(m)}
            >
              {t(`page.${m}`)}
            </button>
          ))}
        </div>
      </div>
      {notice && (
        <p className="ex-notice" role="status">
          {notice}
        </p>
      )}
      {broken.map((b) => (
        <p key={b.fileName} className="ex-error" role="alert">
          {b.fileName}: {!b.ok && b.message}
        </p>
      ))}
      {selected && mode === 'student' && (
        <>
          <ExerciseTask exercise={selected.exercise} snapshot={snapshot} />
          {prepared && !prepared.ok && (
            <p className="ex-error" role="alert">
              {t('page.notReady', { message: prepared.message })}
            </p>
          )}
          {prepared?.ok && (
            <StudentPanel
              key={`${selected.key}#${generation}`}
              snapshot={snapshot}
              prepared={prepared.prepared}
              {...(download ? { download } : {})}
            />
          )}
        </>
      )}
      {selected && mode === 'instructor' && (
        <InstructorEditor
          key={`${selected.key}#${generation}`}
          snapshot={snapshot}
          prices={prices}
          initial={selected.exercise}
          {...(download ? { download } : {})}
          onUse={(exercise) => {
            addEntry({ key: `edited:${exercise.id}`, exercise });
            setMode('student');
          }}
        />
      )}
      {selected && mode === 'instructor' && prepared?.ok && (
        <ClassGradingPanel
          key={`class-${selected.key}#${generation}`}
          prepared={prepared.prepared}
          {...(download ? { download } : {})}
        />
      )}
      {invalid && (
        <Dialog
          title={t('invalid.title', { file: invalid.fileName })}
          onClose={() => setInvalid(null)}
          footer={
            <button type="button" className="button button--primary" onClick={() => setInvalid(null)}>
              {t('invalid.close')}
            </button>
          }
        >
          <p>{t('invalid.intro', { count: invalid.issues.length })}</p>
          <IssueTable
            issues={invalid.issues}
            pathHeading={t('invalid.path')}
            messageHeading={t('invalid.message')}
          />
        </Dialog>
      )}
    </section>
  );
}
