/** The URL of `file` at the root of a site served under `base` (`/examflow/` or `/examflow` alike). */
export function siteFileUrl(base: string, file: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${file}`;
}
