import { HomePage } from '../../routes/home-page';
import { notesMessages } from '../../i18n/messages/notes';
import { pageMeta } from '../page-meta';

/** `/`: the home page. */
export default HomePage;

export const meta = () => pageMeta({ title: notesMessages.en.homeTitle, path: '/' });
