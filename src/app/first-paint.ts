import { detectLanguage } from '../store/language';
import { PROGRESS_KEY } from '../store/progress-key';
import { PRERENDERED_LANGUAGE, SETTINGS_KEY } from '../store/settings';

/**
 * The one inline script of every page's <head> (the CSP allows it by hash), run before the first paint:
 * the saved or system theme is applied at once, so a dark reader never sees the light page first; a reader
 * of another language than the pages were pre-rendered in gets `data-pending-language`, which hides the
 * page (base.css) until the app has drawn it in that language (see useRevealWhenTranslated), or until a
 * script fails to load or run, so a broken app still shows the page. Without scripts it never runs and
 * the pre-rendered page shows as it is. A reader who shuffles options gets `data-shuffle-options`: a note's
 * practice is pre-rendered with the options as the note orders them, which such a reader never sees, so
 * quiz.css keeps them unseen (in their place) until the reader's own session is drawn. A reader with saved
 * progress gets `data-progress-saved`, under which a pre-rendered "nothing yet" (.awaits-saved-progress,
 * which pages draw until they have read the saved progress) stands blank.
 */
export function firstPaintScript(): string {
  // detectLanguage is self-contained, so its compiled source is inlined: one copy of the rule.
  return `(function(){try{var d=document.documentElement,s=null;try{s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_KEY)})||'null')}catch(e){}
var v=s&&s.state||{},t=v.theme,l=v.language;
if(t!=='light'&&t!=='dark')t=window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';
d.dataset.theme=t;if(v.shuffleOptions===true)d.dataset.shuffleOptions='';
try{if(localStorage.getItem(${JSON.stringify(PROGRESS_KEY)})!==null)d.dataset.progressSaved=''}catch(e){}
if(l!=='en'&&l!=='ko')l=(${detectLanguage.toString()})(navigator.languages);
if(l===${JSON.stringify(PRERENDERED_LANGUAGE)})return;d.dataset.pendingLanguage=l;
var r=function(){delete d.dataset.pendingLanguage};
addEventListener('error',function(e){var n=e.target&&e.target.tagName;if(!n||n==='SCRIPT'||n==='LINK')r()},true);addEventListener('unhandledrejection',r)}catch(e){}})()`;
}
