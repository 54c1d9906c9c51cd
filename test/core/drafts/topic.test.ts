import { describe, expect, it } from 'vitest';
import { topicPhrase } from '../../../src/core/drafts/topic';

describe('topicPhrase', () => {
  it.each([
    ['The Q1 pilot.', 'en', 'the Q1 pilot'],
    ['Re: The Q1 pilot', 'en', 'the Q1 pilot'],
    ['About the designer role!', 'en', 'the designer role'],
    ['My application…', 'en', 'my application'],
    ['Project Falcon', 'en', 'Project Falcon'],
    ['AIK', 'sv', 'AIK'],
    ['IKEA-projektet', 'sv', 'IKEA-projektet'],
    ['Tjänsten som UX-designer.', 'sv', 'tjänsten som UX-designer'],
    ['Ang. Piloten för Q1', 'sv', 'piloten för Q1'],
    ['Angående min ansökan', 'sv', 'min ansökan'],
    ['the pilot\n## Follow-ups', 'en', 'the pilot Follow-ups'],
    ['  ', 'en', ''],
    [null, 'sv', ''],
  ] as const)('%j (%s) reads %j mid-sentence', (topic, language, expected) => {
    expect(topicPhrase(topic, language)).toBe(expected);
  });
});
