import type { Options } from 'react-markdown';
import { notes } from 'virtual:examflow/index';
import { createSlugResolver } from '../../search/resolve-slug';
import { remarkWikiLinks } from '../../ui/wiki-links/remark-wiki-links';
import { paths } from '../paths';

const resolveTarget = createSlugResolver(notes);

/** The remark plugins that turn `[[wiki links]]` into links to the vault's notes (plain text when unknown). */
export const wikiLinkPlugins: NonNullable<Options['remarkPlugins']> = [
  [
    remarkWikiLinks,
    {
      resolve: (target: string) => {
        const slug = resolveTarget(target);
        return slug ? paths.note(slug) : null;
      },
    },
  ],
];
