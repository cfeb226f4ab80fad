import { notes } from 'virtual:examflow/index';
import { loadPack, packOf } from 'virtual:examflow/packs';
import { packNoteLoader } from '../../quiz/pack-loader';

/** Loads notes' questions from the question packs: a whole-vault session opens a dozen packs, not every note. */
export const loadQuizNote = packNoteLoader(notes.map((note) => note.slug), packOf, loadPack);
