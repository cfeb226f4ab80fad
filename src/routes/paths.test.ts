import { matchRoutes } from 'react-router';
import { paths } from './paths';
import { decodeTagPath } from '../content/tag-url';

describe('paths', () => {
  test.each([
    [paths.home(), '/'],
    [paths.note('kms-sagemaker-s3-encryption'), '/notes/kms-sagemaker-s3-encryption'],
    [paths.note('a b'), '/notes/a%20b'],
    [paths.note('a b', 'tag:service/kms'), '/notes/a%20b?in=tag%3Aservice%2Fkms'],
    [paths.note('a', null), '/notes/a'],
    [paths.tag('service/kms'), '/tags/service/kms'],
    [paths.practice({ tag: 'service/*' }), '/practice?tag=service%2F*'],
    [paths.practice({ note: 'x' }), '/practice/x'],
    [paths.practice({ note: 'a b/c' }), '/practice/a%20b%2Fc'],
    [paths.practice({ mode: 'due' }), '/practice?mode=due'],
    [paths.practice({ ids: ['q-1', 'q-2'] }), '/practice?ids=q-1%2Cq-2'],
    [paths.practice({ ids: ['q-1'], from: 'review' }), '/practice?ids=q-1&from=review'],
    [paths.examResults('e1'), '/exam/results/e1'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('paths.tag with hostile tags', () => {
  // What a browser does with the link (resolves dot segments, percent-encoded or not), then what the
  // router does with the address (decodes it, then turns %2F into /), then what the tag page does.
  const landOn = (tag: string) => {
    const pathname = new URL(paths.tag(tag), 'https://example.test/').pathname;
    const splat = matchRoutes([{ path: '/tags/*' }], pathname)?.[0]?.params['*'];
    return { pathname: pathname.startsWith('/tags/'), tag: splat === undefined ? null : decodeTagPath(splat) };
  };

  test.each([
    ['..'],
    ['.'],
    ['a/../../settings'],
    ['../..'],
    ['a/./b'],
    ['...'],
    ['a%2Fb'],
    ['%2e%2e'],
    ['100%'],
    ['~p/~~/~.'],
    ['\u202Eevil\u202C/gpj.exe'],
    ['?x=1#frag'],
    ['a\\b'],
    ['서비스/암호화'],
    ['x'.repeat(100)],
  ])('%j stays under /tags/ and comes back as written', (tag) => {
    expect(landOn(tag)).toEqual({ pathname: true, tag });
  });

  test('an ordinary tag keeps a readable address', () => {
    expect(paths.tag('service/kms')).toBe('/tags/service/kms');
  });
});
