import { suggestedType } from '../../../src/core/archive/document-type';

const profile = { domains: ['ha.kommune.no'] };

describe('the document type a message suggests', () => {
  it.each([
    ['from outside to us: incoming', 'ola@example.net', ['post@ha.kommune.no'], 'I'],
    ['from outside to nobody known: incoming', 'ola@example.net', [], 'I'],
    ['from us to outside: outgoing', 'post@ha.kommune.no', ['ola@example.net'], 'U'],
    [
      'from us to a colleague and outside: outgoing',
      'kari@ha.kommune.no',
      ['per@ha.kommune.no', 'ola@example.net'],
      'U',
    ],
    ['between colleagues: internal note', 'kari@ha.kommune.no', ['per@ha.kommune.no'], 'N'],
    [
      'from a subdomain of ours to a colleague',
      'kari@skule.ha.kommune.no',
      ['per@HA.kommune.no'],
      'N',
    ],
    ['from us to nobody yet: outgoing', 'kari@ha.kommune.no', [], 'U'],
    [
      'a look-alike domain is outside',
      'kari@ha.kommune.no.example.net',
      ['per@ha.kommune.no'],
      'I',
    ],
  ] as const)('%s', (_, from, to, expected) => {
    expect(suggestedType({ fromAddress: from, recipients: to }, profile)).toBe(expected);
  });

  it('takes an unknown sender as from outside', () => {
    expect(suggestedType({ recipients: ['per@ha.kommune.no'] }, profile)).toBe('I');
    expect(suggestedType({ fromAddress: 'not an address' }, profile)).toBe('I');
  });
});
