// The fixed query set. Every query ends in a plain ASCII letter, because that last
// character is the keystroke we time (the rest is filled in first).
export const QUERIES = [
  // single words
  { q: 'gemeente', kind: 'word' },
  { q: 'dienstverlening', kind: 'word' },
  { q: 'bestuur', kind: 'word' },
  { q: 'klant', kind: 'word' },
  { q: 'website', kind: 'word' },
  // prefixes, as while typing
  { q: 'dig', kind: 'prefix' },
  { q: 'inw', kind: 'prefix' },
  { q: 'sam', kind: 'prefix' },
  { q: 'org', kind: 'prefix' },
  { q: 'be', kind: 'prefix' },
  // diacritics: typed without them, and with them
  { q: 'creeren', kind: 'diacritics' },
  { q: 'coordinatie', kind: 'diacritics' },
  { q: 'ideeen', kind: 'diacritics' },
  { q: 'één', kind: 'diacritics' },
  { q: 'financiële', kind: 'diacritics' },
  // two words
  { q: 'digitale dienstverlening', kind: 'two words' },
  { q: 'gemeente website', kind: 'two words' },
  { q: 'bestuur draagvlak', kind: 'two words' },
  { q: 'burgers betrek', kind: 'two words' },
  { q: 'klant contact', kind: 'two words' },
  // no hits
  { q: 'xylofoon', kind: 'no hits' },
  { q: 'qwertyuiop', kind: 'no hits' },
  { q: 'blockchain kwantum', kind: 'no hits' },
  { q: 'zzzz', kind: 'no hits' },
];
