import { defineMessages } from '../types';

/** Strings of the notice shown when saved progress could not be read or written. */
export const storageMessages = defineMessages(
  {
    title: 'Saved progress problem',
    corrupt: 'Your saved progress could not be read (the data is damaged). examflow started with what it could recover; the unreadable data is kept so you can download it.',
    invalid: 'Part of your saved progress had an unexpected shape. examflow kept every record it could read; the original data is kept so you can download it.',
    'newer-version': 'Your progress was saved by a newer version of examflow. examflow kept what it understands; the original data is kept so you can download it.',
    quota: 'The browser storage is full, so your latest progress may not be saved. Export your progress from Settings, or free some space.',
    unavailable: 'This browser does not let examflow save anything (private mode or blocked storage). Progress lasts until you close this tab.',
    'write-failed': 'Your latest progress could not be saved. Export it from Settings to keep it.',
    download: 'Download the original data',
    dismiss: 'Dismiss',
    held: 'There is no room to keep a copy of it, so examflow is not saving anything over it: progress made now is kept only in this tab. Download the original, then discard it to resume saving.',
    movedToVault: 'A copy was kept in this browser; you can download it later from Settings.',
    discard: 'Discard the original and resume saving',
    discardConfirm: 'Discard the unreadable data for good and resume saving? Download it first if you may need it.',
  },
  {
    title: '저장된 학습 기록 문제',
    corrupt: '저장된 학습 기록을 읽을 수 없습니다(데이터 손상). 복구할 수 있는 기록으로 시작했으며, 읽지 못한 데이터는 내려받을 수 있도록 보관했습니다.',
    invalid: '저장된 학습 기록 일부의 형식이 예상과 달랐습니다. 읽을 수 있는 기록은 모두 유지했고, 원본 데이터는 내려받을 수 있도록 보관했습니다.',
    'newer-version': '더 새로운 버전의 examflow가 저장한 기록입니다. 이해할 수 있는 기록은 유지했고, 원본 데이터는 내려받을 수 있도록 보관했습니다.',
    quota: '브라우저 저장 공간이 가득 차서 최근 학습 기록이 저장되지 않았을 수 있습니다. 설정에서 기록을 내보내거나 공간을 확보하세요.',
    unavailable: '이 브라우저에서는 저장할 수 없습니다(사생활 보호 모드 또는 저장소 차단). 학습 기록은 이 탭을 닫을 때까지만 유지됩니다.',
    'write-failed': '최근 학습 기록을 저장하지 못했습니다. 설정에서 내보내 보관하세요.',
    download: '원본 데이터 내려받기',
    dismiss: '닫기',
    held: '사본을 보관할 공간이 없어 examflow는 그 위에 아무것도 저장하지 않습니다. 지금의 학습 기록은 이 탭에만 남습니다. 원본을 내려받은 뒤 버리면 다시 저장합니다.',
    movedToVault: '사본을 이 브라우저에 보관했습니다. 나중에 설정에서 내려받을 수 있습니다.',
    discard: '원본을 버리고 다시 저장하기',
    discardConfirm: '읽을 수 없는 데이터를 완전히 버리고 다시 저장할까요? 필요할 수 있다면 먼저 내려받으세요.',
  },
);
