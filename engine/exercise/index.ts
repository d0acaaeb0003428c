export {
  EXERCISE_FORMAT_VERSION,
  exerciseSchema,
  submissionSchema,
  answerSchema,
  workloadSchema,
  constraintsSchema,
  rubricSchema,
  type Answer,
  type Constraints,
  type Exercise,
  type ExerciseInput,
  type Localized,
  type Rubric,
  type Submission,
  type Workload,
} from './schema';
export {
  parseExercise,
  parseExerciseText,
  parseSubmission,
  parseSubmissionText,
  type FileIssue,
  type Parsed,
} from './parse';
export { workloadNeeds, type WorkloadNeeds } from './workload-needs';
export {
  answerCost,
  HOURS_PER_MONTH,
  type AnswerCost,
  type AnswerCostResult,
  type CostQuery,
} from './answer-cost';
export { checkAnswer, minInstances, type Check, type CheckId } from './constraints';
export { rankAnswers, countNeeded, type RankedAnswer } from './best-answer';
export { prepareExercise, type PreparedExercise, type PreparedWorkload, type PrepareResult } from './prepare';
export {
  gradeAnswer,
  gradeSubmission,
  gradeSubmissionText,
  costFraction,
  type GradeResult,
  type WorkloadGrade,
} from './grade';
export { explainWorkload, optionText, type Explanation } from './explain';
export { resultsCsv } from './results-csv';
export { unreadableSubmission, withFileNames, type GradedFile } from './class-results';
