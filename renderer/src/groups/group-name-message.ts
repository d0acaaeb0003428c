import type { TFunction } from 'i18next';
import { GROUP_NAME_MAX, type GroupNameProblem } from '../workspace/scenario-groups';

export function groupNameMessage(problem: GroupNameProblem, t: TFunction): string {
  switch (problem) {
    case 'empty':
      return t('validation.groupNameEmpty');
    case 'tooLong':
      return t('validation.groupNameTooLong', { max: GROUP_NAME_MAX });
    case 'duplicate':
      return t('validation.groupNameDuplicate');
  }
}
