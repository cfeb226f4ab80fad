/**
 * The site's icon (public/favicon.svg, the one drawing, from which `npm run icons` draws the web-app icons) as a
 * data: URL, for the header's logo and the tab's icon: as a file, a first visit fetched it twice, the logo and then
 * the tab's icon (revalidated), both while the page was still painting its first screen.
 */
import brandIcon from '../../public/favicon.svg?inline';

export const BRAND_ICON: string = brandIcon;
