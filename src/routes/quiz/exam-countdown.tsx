import { useEffect, useRef, useState } from 'react';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';
import { formatClock, remainingMs } from '../../quiz/exam-timer';
import { crossedMark } from '../../quiz/countdown-announcement';

/**
 * The exam clock, counting down to an absolute deadline (so a reload loses no time). It re-renders
 * only itself each second, speaks at 10 and 1 minutes left, and calls `onExpire` once at zero.
 */
export function ExamCountdown({ deadline, onExpire }: { deadline: string; onExpire: () => void }) {
  const t = useT(quizMessages);
  const [left, setLeft] = useState(() => remainingMs(deadline, Date.now()));
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(left);
  const expire = useRef(onExpire);
  expire.current = onExpire;
  useEffect(() => {
    const tick = () => {
      const now = remainingMs(deadline, Date.now());
      const mark = crossedMark(previous.current, now);
      if (mark !== null) setAnnouncement(mark === 1 ? t('oneMinuteLeft') : t('minutesLeft', { minutes: mark }));
      previous.current = now;
      setLeft(now);
      if (now === 0) {
        window.clearInterval(timer);
        expire.current();
      }
    };
    const timer = window.setInterval(tick, 1000);
    tick();
    return () => window.clearInterval(timer);
  }, [deadline, t]);
  return (
    <div className={`quiz-exam-countdown${left <= 60_000 ? ' is-urgent' : ''}`}>
      <span className="muted">{t('timeLeft')}</span>{' '}
      <span role="timer" aria-label={t('timeLeft')} className="quiz-exam-clock">{formatClock(left)}</span>
      <span role="status" className="visually-hidden">{announcement}</span>
    </div>
  );
}
