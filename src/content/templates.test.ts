import { configuredTemplateFolders, inTemplateFolder, skipReason, templateByContent } from './templates';

const FORM = ['# [주제 제목]', '', '[핵심 내용을 한 문장으로]', '', '**Options:**', '', '- A) [선택지 1]', '- B) [선택지 2]', '- C) [선택지 3]', ''].join('\n');
const NOTE = ['# S3 lifecycle', '', 'Objects move to Glacier after 30 days.', '', '```', '[S3]', '  ↓', '[Glacier]', '[Deep Archive]', '```', ''].join('\n');

describe('configuredTemplateFolders', () => {
  test.each([
    [[null, null], null],
    [['{"folder":"Meta/templates"}', null], ['Meta/templates']],
    [['{"folder":"/Templates/"}', null], ['Templates']],
    [[null, '{"templates_folder":"_tpl"}'], ['_tpl']],
    [['{"folder":""}', 'not json'], null],
    [['[1,2]', '{"folder":3}'], null],
  ])('%j -> %j', (configs, expected) => {
    expect(configuredTemplateFolders(configs)).toEqual(expected);
  });
});

describe('inTemplateFolder', () => {
  test.each([
    ['Meta/templates/neurons.md', null, true],
    ['Templates/daily.md', null, true],
    ['_templates/daily.md', null, true],
    ['노트/템플릿/회의.md', null, true],
    ['aws/cloudformation-templates.md', null, false],
    ['templates.md', null, false],
    ['Meta/templates/neurons.md', ['Meta/templates'], true],
    ['meta/Templates/deep/x.md', ['Meta/templates'], true],
    ['templates/x.md', ['Meta/templates'], false],
    ['Meta/templates-old/x.md', ['Meta/templates'], false],
  ])('%s in %j: %s', (file, folders, expected) => {
    expect(inTemplateFolder(file, folders)).toBe(expected);
  });
});

describe('templateByContent', () => {
  test.each([
    ['daily.md', '# {{date:YYYY-MM-DD}}\n', 'template-variables'],
    ['x.md', 'Created <% tp.file.creation_date() %>\n', 'template-variables'],
    ['neurons-template-v7.md', FORM, 'template-placeholders'],
    ['form.md', FORM, 'template-placeholders'],
    ['form.md', FORM.replace(/- [A-C]\) \[선택지 \d\]\n/g, '') + '[a]\n[more words]\n', null],
    ['cloudformation-template.md', NOTE, null],
    ['tasks.md', '- [ ] one\n- [x] two\n- [ ] three\n- [ ] four\n', null],
    ['links.md', '[one](https://a)\n[two][ref]\n[^note]\n[three]: https://b\n', null],
  ])('%s', (file, markdown, expected) => {
    expect(templateByContent(file, markdown)).toBe(expected);
  });
});

test('the configured folder wins over the text', () => {
  expect(skipReason('Meta/templates/a.md', NOTE, ['Meta/templates'])).toBe('templates-folder');
  expect(skipReason('notes/a.md', NOTE, ['Meta/templates'])).toBeNull();
});
