export type TopBarFileCommands = {
  newScenario?: () => void;
  open: () => void;
  save: () => void;
  saveAs: () => void;
  exportCsv: () => void;
  print: () => void;
};
