import { describe, expect, it } from 'vitest';
import { firstNameOf, fullName } from '../../../src/core/drafts/names';

describe('firstNameOf', () => {
  it.each([
    ['Jane Doe', 'Jane'],
    ['Dr. Jane Smith', 'Jane'],
    ['Prof Erik Lund', 'Erik'],
    ['Mr. John Smith', 'John'],
    ['Ms Li', 'Li'],
    ['Fru Karin Ek', 'Karin'],
    ['Docent Åsa Lind', 'Åsa'],
    ['Smith, Jane', 'Jane'],
    ['Jane Doe, PhD', 'Jane'],
    ['Anna-Karin Berg', 'Anna-Karin'],
    ['Jane Doe (Acme)', 'Jane'],
    ['Dr.', ''],
    ['acme-corp', ''],
    ['jane_doe', ''],
    ['lead42', ''],
    ['jane@example.com', ''],
    ['J.', ''],
    ['Jane\n# Heading', 'Jane'],
    ['<b>Jane</b>', 'Jane'],
  ])('%j greets %j', (name, first) => {
    expect(firstNameOf(name, false)).toBe(first);
  });

  it('does not greet a lower-case file name, but does greet a name property written that way', () => {
    expect(firstNameOf('globex', true)).toBe('');
    expect(firstNameOf('Globex', true)).toBe('Globex');
    expect(firstNameOf('jane', false)).toBe('jane');
  });
});

describe('fullName', () => {
  it('keeps the title in the full name, and drops slugs and lone titles', () => {
    expect(fullName('Dr. Jane Smith')).toBe('Dr. Jane Smith');
    expect(fullName('acme-corp')).toBe('');
    expect(fullName('Prof.')).toBe('');
    expect(fullName('Jane\nDoe')).toBe('Jane Doe');
  });
});
