/** 작업 공간(시나리오 여러 개), 표 보기와 CSV 내보내기 문구. */
export const workspaceKo = {
  strip: {
    label: '시나리오',
    list: '작업 공간의 시나리오',
    actions: '선택한 시나리오',
    unsaved: '저장하지 않은 변경 있음',
    add: '+ 새 시나리오',
    duplicate: '복제',
    duplicateLabel: '복제: {{name}}',
    copyWord: '사본',
    rename: '이름 바꾸기',
    renameLabel: '시나리오 이름 바꾸기: {{name}}',
    renameEmpty: '이름을 입력하세요',
    moveEarlier: '앞으로 이동: {{name}}',
    moveLater: '뒤로 이동: {{name}}',
    remove: '삭제',
    removeLabel: '삭제: {{name}}',
    confirmRemove: '"{{name}}" 시나리오를 작업 공간에서 삭제할까요? 저장하지 않은 변경은 사라집니다.',
    full: '작업 공간에는 시나리오를 {{max}}개까지 둘 수 있습니다.',
    saveWorkspace: '작업 공간 저장',
  },
  files: {
    workspaceName: '작업 공간',
    migrated: '이전 형식의 파일을 열었습니다: {{notes}}',
    confirmReplace:
      '열려는 작업 공간이 지금 열린 시나리오를 모두 바꿉니다. 저장하지 않은 변경은 사라집니다. 계속할까요?',
  },
  table: {
    title: '표와 CSV',
    intro: '표는 CSV 파일과 같은 행과 값을 보여 줍니다.',
    show: '표 보기',
    hide: '표 닫기',
    keepEnglish: '영문 헤더 유지 (도구에서 읽을 CSV)',
    caption: '{{name}}: CSV와 같은 표',
    region: '견적 표',
  },
};
