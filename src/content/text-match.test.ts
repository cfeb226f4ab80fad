import { matchOptionByText, matchOptionsByText, tokens } from './text-match';

const options = [
  { label: 'A', text: 'Convert audio with Amazon Transcribe and use Amazon Textract for analysis' },
  { label: 'B', text: 'Convert audio with Amazon Transcribe and use Amazon SageMaker BlazingText for analysis' },
  { label: 'C', text: 'Convert audio with Amazon Transcribe and use Amazon Comprehend for analysis' },
  { label: 'D', text: 'Store the data in TSV format' },
];

describe('matchOptionByText', () => {
  test.each([
    ['Amazon Textract', 'A'],
    ['SageMaker BlazingText', 'B'],
    ['Comprehend', 'C'],
    ['TSV 포맷', 'D'],
    // Shared by every option: tells nothing.
    ['Amazon Transcribe', null],
    // No option has these words.
    ['음성 합성 서비스', null],
    ['', null],
  ])('%j is option %j', (text, label) => {
    expect(matchOptionByText(text, options)).toBe(label);
  });

  test('two options that fit equally well give no match', () => {
    const twins = [
      { label: 'A', text: 'Amazon S3 Standard' },
      { label: 'B', text: 'Amazon S3 Standard' },
    ];
    expect(matchOptionByText('S3 Standard', twins)).toBeNull();
  });
});

describe('matchOptionsByText', () => {
  test('a slash may name one option per part, but only when every part matches', () => {
    expect(matchOptionsByText('Textract/Comprehend', options)).toEqual(['A', 'C']);
    expect(matchOptionsByText('음성/합성', options)).toEqual([]);
    // Words no option has are ignored, so the whole text still names Textract.
    expect(matchOptionsByText('Textract/음성', options)).toEqual(['A']);
  });
});

describe('tokens', () => {
  test('drops filler words and punctuation, keeps Hangul and digits', () => {
    expect(tokens('Use **Amazon** S3 포맷, k=2')).toEqual(['s3', '포맷', 'k', '2']);
  });
});
