import { useEffect } from 'react';

/** Sets the document title to `<title> · examflow` while the calling page is shown. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · examflow` : 'examflow';
  }, [title]);
}
