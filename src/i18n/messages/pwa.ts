import { defineMessages } from '../types';

/** Strings of the offline and update notices. */
export const pwaMessages = defineMessages(
  {
    updateAvailable: 'A new version of examflow is available. Reload to use it; your progress is kept.',
    offlineReady: 'examflow is saved on this device and now works offline.',
    reload: 'Reload',
    later: 'Later',
  },
  {
    updateAvailable: 'examflow의 새 버전이 있습니다. 새로고침하면 적용되며 학습 기록은 그대로 유지됩니다.',
    offlineReady: 'examflow가 이 기기에 저장되어 이제 오프라인에서도 동작합니다.',
    reload: '새로고침',
    later: '나중에',
  },
);
