import { KOREAN_PACK_ARRIVED } from '../i18n/korean-pack';
import { detectLanguage } from '../store/language';
import { mayHoldPractice, PROGRESS_KEY } from '../store/progress-key';
import { PRERENDERED_LANGUAGE, SETTINGS_KEY } from '../store/settings';
import { resolveTheme } from '../ui/resolve-theme';
import { FIRST_SCREEN_END } from '../ui/first-screen';
import { FIRST_SCREEN_PENDING, HEADER_END, HEADER_PENDING, watchFirstScreen } from '../ui/first-screen-watch';
import { numberHistoryEntry } from './history-entry';

/**
 * How long, from the navigation's start, a page waits hidden for the Korean pack before it shows in English
 * (switching to Korean when the pack arrives). 2.5 s is where Largest Contentful Paint stops being "good":
 * a page still blank by then has already failed its reader, and an English page that turns Korean is more
 * use than a blank one. On a warm visit the pack arrives with the app, long before it. The wait is for the
 * pack only: once it has arrived the app is drawing the page in Korean, and showing English meanwhile (on a
 * busy phone the drawing can come after 2.5 s) would only make the reader watch the page change language.
 */
export const KOREAN_PACK_WAIT_MS = 2500;

/**
 * The one inline script of every page's <head> (the CSP allows it by hash), run before the first paint:
 * the page's history entry is numbered for React Router while the document is still small (numberHistoryEntry);
 * `data-scripts` says scripts run, so the header's controls that need them (menu button, search, theme and
 * language) show, and without scripts a phone shows the navigation as a list instead (app-layout.css); the
 * saved or system theme is applied at once, so a dark reader never sees the light page first; the header stays
 * unseen until it has been parsed whole, and <main> until its first screen has (watchFirstScreen); a reader
 * of another language than the pages were pre-rendered in gets `data-pending-language`, which hides the
 * page (base.css) until the app has drawn it in that language (see RevealWhenTranslated), or until a
 * script fails to load or run, or KOREAN_PACK_WAIT_MS has passed with no pack (KOREAN_PACK_ARRIVED), so a
 * broken app or a slow pack still shows the page. Without scripts it never runs and the pre-rendered page shows as it is. A reader who shuffles options
 * gets `data-shuffle-options`: a note's practice is pre-rendered with the options as the note orders them,
 * which such a reader never sees, so quiz.css keeps them unseen (in their place) until the reader's own
 * session is drawn. A reader with saved progress gets `data-progress-saved`, under which a pre-rendered
 * "nothing yet" (.awaits-saved-progress, which pages draw until they have read the saved progress) stands blank;
 * one whose progress may hold a practice in progress also gets `data-practice-saved`: a note's practice is
 * pre-rendered at its first question, and such a reader resumes at their own, so quiz.css keeps the question's
 * place empty until their session is drawn there. The marks that wait for the app (the language, shuffled
 * options, a practice in progress) all go when one of its scripts fails: a broken app still shows what the
 * page holds. The saved-progress mark stays, since a blank card tells less that is false than "nothing yet".
 */
export function firstPaintScript(): string {
  // detectLanguage, mayHoldPractice and resolveTheme are self-contained, so their compiled source is inlined: one copy of each rule.
  return `(function(){try{var d=document.documentElement,s=null;d.dataset.scripts='';try{(${numberHistoryEntry.toString()})(history)}catch(e){}try{var W=(${watchFirstScreen.toString()});W(document,${JSON.stringify(HEADER_END)},${JSON.stringify(HEADER_PENDING)});W(document,${JSON.stringify(FIRST_SCREEN_END)},${JSON.stringify(FIRST_SCREEN_PENDING)})}catch(e){}try{s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_KEY)})||'null')}catch(e){}
var v=s&&s.state||{},l=v.language;
d.dataset.theme=(${resolveTheme.toString()})(v.theme,!!(window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches));if(v.shuffleOptions===true)d.dataset.shuffleOptions='';
try{var p=localStorage.getItem(${JSON.stringify(PROGRESS_KEY)});if(p!==null){d.dataset.progressSaved='';if((${mayHoldPractice.toString()})(p))d.dataset.practiceSaved=''}}catch(e){}
var f=function(){delete d.dataset.pendingLanguage;delete d.dataset.shuffleOptions;delete d.dataset.practiceSaved};
addEventListener('error',function(e){var n=e.target&&e.target.tagName;if(!n||n==='SCRIPT'||n==='LINK')f()},true);addEventListener('unhandledrejection',f);
if(l!=='en'&&l!=='ko')l=(${detectLanguage.toString()})(navigator.languages);
if(l===${JSON.stringify(PRERENDERED_LANGUAGE)})return;d.dataset.pendingLanguage=l;
var w=setTimeout(function(){delete d.dataset.pendingLanguage},Math.max(0,${KOREAN_PACK_WAIT_MS}-performance.now()));
addEventListener(${JSON.stringify(KOREAN_PACK_ARRIVED)},function(){clearTimeout(w)})}catch(e){}})()`;
}
