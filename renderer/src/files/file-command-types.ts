export type TopBarFileCommands = {
  open: () => void;
  save: () => void;
  saveAs: () => void;
  exportCsv: () => void;
  print: () => void;
};
