/** Korean and English text of the native menu and dialogs (the course's Korean terms). */
import type { Language } from './ipc-schemas';

export interface ShellLabels {
  menu: {
    file: string;
    newScenario: string;
    open: string;
    openRecent: string;
    noRecentFiles: string;
    clearRecent: string;
    save: string;
    saveAs: string;
    saveWorkspace: string;
    exportCsv: string;
    print: string;
    printPdf: string;
    quit: string;
    edit: string;
    undo: string;
    redo: string;
    cut: string;
    copy: string;
    paste: string;
    selectAll: string;
    view: string;
    zoomIn: string;
    zoomOut: string;
    resetZoom: string;
    fullScreen: string;
    language: string;
    reload: string;
    devTools: string;
    window: string;
    minimize: string;
    help: string;
    about: string;
    hide: string;
    hideOthers: string;
    showAll: string;
  };
  dialogs: {
    openTitle: string;
    saveAsTitle: string;
    saveWorkspaceTitle: string;
    exportCsvTitle: string;
    printPdfTitle: string;
    documentFilter: string;
    scenarioFilter: string;
    workspaceFilter: string;
    csvFilter: string;
    pdfFilter: string;
    untitled: string;
    closeDirtyMessage: string;
    closeDirtyDetail: string;
    closeAnyway: string;
    cancel: string;
  };
  about: {
    title: string;
    snapshot: string;
    snapshotUnknown: string;
    taxNote: string;
    sourceNote: string;
    ok: string;
  };
  pdf: {
    snapshot: string;
    taxNote: string;
    page: string;
  };
}

export const SHELL_LABELS: Record<Language, ShellLabels> = {
  ko: {
    menu: {
      file: '파일(&F)',
      newScenario: '새 시나리오',
      open: '열기…',
      openRecent: '최근 파일 열기',
      noRecentFiles: '최근 파일 없음',
      clearRecent: '최근 파일 목록 지우기',
      save: '저장',
      saveAs: '다른 이름으로 저장…',
      saveWorkspace: '작업 공간 저장',
      exportCsv: 'CSV로 내보내기…',
      print: '인쇄…',
      printPdf: 'PDF로 저장…',
      quit: '종료',
      edit: '편집(&E)',
      undo: '실행 취소',
      redo: '다시 실행',
      cut: '잘라내기',
      copy: '복사',
      paste: '붙여넣기',
      selectAll: '모두 선택',
      view: '보기(&V)',
      zoomIn: '확대',
      zoomOut: '축소',
      resetZoom: '실제 크기',
      fullScreen: '전체 화면',
      language: '언어',
      reload: '새로 고침',
      devTools: '개발자 도구',
      window: '창(&W)',
      minimize: '최소화',
      help: '도움말(&H)',
      about: 'CloudSizer 정보',
      hide: 'CloudSizer 가리기',
      hideOthers: '기타 가리기',
      showAll: '모두 보기',
    },
    dialogs: {
      openTitle: '시나리오 또는 작업 공간 열기',
      saveAsTitle: '시나리오 저장',
      saveWorkspaceTitle: '작업 공간 저장',
      exportCsvTitle: 'CSV로 내보내기',
      printPdfTitle: 'PDF로 저장',
      documentFilter: 'CloudSizer 시나리오·작업 공간',
      scenarioFilter: 'CloudSizer 시나리오',
      workspaceFilter: 'CloudSizer 작업 공간',
      csvFilter: 'CSV (쉼표로 구분)',
      pdfFilter: 'PDF 문서',
      untitled: '제목 없음',
      closeDirtyMessage: '저장하지 않은 변경 사항이 있습니다.',
      closeDirtyDetail: '지금 닫으면 마지막으로 저장한 뒤의 변경 내용이 사라집니다.',
      closeAnyway: '저장하지 않고 닫기',
      cancel: '취소',
    },
    about: {
      title: 'CloudSizer 정보',
      snapshot: '가격 스냅샷 날짜',
      snapshotUnknown: '알 수 없음',
      taxNote: '모든 가격은 AWS 공개 정가(USD)이며 세금(부가가치세 10%)은 포함되지 않습니다.',
      sourceNote: '가격은 고정된 스냅샷 기준이며 실제 청구 금액과 다를 수 있습니다.',
      ok: '확인',
    },
    pdf: {
      snapshot: '가격 스냅샷',
      taxNote: '가격은 세금(VAT) 제외',
      page: '쪽',
    },
  },
  en: {
    menu: {
      file: '&File',
      newScenario: 'New Scenario',
      open: 'Open…',
      openRecent: 'Open Recent',
      noRecentFiles: 'No Recent Files',
      clearRecent: 'Clear Recent Files',
      save: 'Save',
      saveAs: 'Save As…',
      saveWorkspace: 'Save Workspace',
      exportCsv: 'Export CSV…',
      print: 'Print…',
      printPdf: 'Save as PDF…',
      quit: 'Quit',
      edit: '&Edit',
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      selectAll: 'Select All',
      view: '&View',
      zoomIn: 'Zoom In',
      zoomOut: 'Zoom Out',
      resetZoom: 'Actual Size',
      fullScreen: 'Toggle Full Screen',
      language: 'Language',
      reload: 'Reload',
      devTools: 'Developer Tools',
      window: '&Window',
      minimize: 'Minimize',
      help: '&Help',
      about: 'About CloudSizer',
      hide: 'Hide CloudSizer',
      hideOthers: 'Hide Others',
      showAll: 'Show All',
    },
    dialogs: {
      openTitle: 'Open Scenario or Workspace',
      saveAsTitle: 'Save Scenario',
      saveWorkspaceTitle: 'Save Workspace',
      exportCsvTitle: 'Export CSV',
      printPdfTitle: 'Save as PDF',
      documentFilter: 'CloudSizer scenario or workspace',
      scenarioFilter: 'CloudSizer scenario',
      workspaceFilter: 'CloudSizer workspace',
      csvFilter: 'CSV (comma separated)',
      pdfFilter: 'PDF document',
      untitled: 'Untitled',
      closeDirtyMessage: 'You have unsaved changes.',
      closeDirtyDetail: 'If you close now, changes since the last save are lost.',
      closeAnyway: 'Close Without Saving',
      cancel: 'Cancel',
    },
    about: {
      title: 'About CloudSizer',
      snapshot: 'Price snapshot date',
      snapshotUnknown: 'unknown',
      taxNote: 'All prices are AWS public list prices in USD and exclude tax (Korean accounts: 10% VAT).',
      sourceNote: 'Prices come from a fixed, dated snapshot and may differ from your bill.',
      ok: 'OK',
    },
    pdf: {
      snapshot: 'Price snapshot',
      taxNote: 'Prices exclude tax (VAT)',
      page: 'Page',
    },
  },
};

/** Language names are shown in their own language in the Language menu. */
export const LANGUAGE_NAMES: Record<Language, string> = { ko: '한국어', en: 'English' };
