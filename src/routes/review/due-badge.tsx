import { reviewMessages } from '../../i18n/messages/review';
import { useT } from '../../i18n/use-t';
import { useDueCount } from './use-due-count';

/**
 * The number of questions due today, on the menu's Review link as Anki shows it. It floats over the link's
 * corner, so the menu never moves when it appears; screen readers hear it as words, not a bare number.
 */
export default function DueBadge() {
  const t = useT(reviewMessages);
  const count = useDueCount();
  if (count === 0) return null;
  return (
    <span className="app-nav-due">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      {/* The leading space keeps the words apart whether or not the browser sets the badge apart itself. */}
      <span className="visually-hidden"> ({count === 1 ? t('dueTodayOne') : t('dueToday', { count })})</span>
    </span>
  );
}
