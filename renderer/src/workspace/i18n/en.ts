import type { SameKeys } from '../../i18n/resource-shape';
import type { workspaceKo } from './ko';

export const workspaceEn: SameKeys<typeof workspaceKo> = {
  strip: {
    label: 'Scenarios',
    list: 'Scenarios in this workspace',
    actions: 'Selected scenario',
    unsaved: 'unsaved changes',
    add: '+ New scenario',
    duplicate: 'Duplicate',
    duplicateLabel: 'Duplicate: {{name}}',
    copyWord: 'copy',
    rename: 'Rename',
    renameLabel: 'Rename scenario: {{name}}',
    renameEmpty: 'Enter a name',
    moveEarlier: 'Move earlier: {{name}}',
    moveLater: 'Move later: {{name}}',
    remove: 'Remove',
    removeLabel: 'Remove: {{name}}',
    confirmRemove: 'Remove the scenario "{{name}}" from the workspace? Its unsaved changes are lost.',
    full: 'A workspace holds at most {{max}} scenarios.',
    saveWorkspace: 'Save workspace',
  },
  files: {
    workspaceName: 'workspace',
    migrated: 'Opened a file in an older format: {{notes}}',
    confirmReplace:
      'The workspace you are opening replaces every open scenario. Unsaved changes are lost. Continue?',
  },
  table: {
    title: 'Table and CSV',
    intro: 'The table shows the same rows and values as the CSV file.',
    show: 'Table view',
    hide: 'Hide table',
    keepEnglish: 'Keep English headers (CSV for tools)',
    caption: '{{name}}: the table as in the CSV',
    region: 'Estimate table',
  },
};
