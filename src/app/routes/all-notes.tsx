import { AllNotesPage } from '../../routes/all-notes-page';
import { notesMessages } from '../../i18n/messages/notes';
import { pageMeta } from '../page-meta';

/** `/notes`: every note of the vault. */
export default AllNotesPage;

export const meta = () => pageMeta({ title: notesMessages.en.allNotes, path: '/notes' });
