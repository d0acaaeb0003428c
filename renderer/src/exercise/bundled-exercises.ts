/**
 * The exercises shipped in examples/exercises, inlined by Vite as text and read by the engine's parser
 * (a damaged file is reported with its name, never trusted).
 */
import { parseExerciseText, type Exercise } from '../../../engine/exercise';

const rawFiles = import.meta.glob<string>('../../../examples/exercises/*.exercise.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export type BundledExercise =
  { ok: true; fileName: string; exercise: Exercise } | { ok: false; fileName: string; message: string };

/** The course's order: right size first, then the pricing model (commitment, Spot), then T types. */
const COURSE_ORDER = [
  'web-nginx-rightsize.exercise.json',
  'steady-database-commitment.exercise.json',
  'nightly-batch-spot.exercise.json',
  'spiky-dev-box-burstable.exercise.json',
];
const rank = (fileName: string) => {
  const i = COURSE_ORDER.indexOf(fileName);
  return i === -1 ? COURSE_ORDER.length : i;
};

let cached: BundledExercise[] | undefined;

export function bundledExercises(): BundledExercise[] {
  cached ??= Object.entries(rawFiles)
    .map(([path, text]): BundledExercise => {
      const fileName = path.slice(path.lastIndexOf('/') + 1);
      const parsed = parseExerciseText(text);
      return parsed.ok
        ? { ok: true, fileName, exercise: parsed.value }
        : { ok: false, fileName, message: parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
    })
    .sort((a, b) => rank(a.fileName) - rank(b.fileName) || (a.fileName < b.fileName ? -1 : 1));
  return cached;
}
