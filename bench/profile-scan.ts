import { findNationalIds } from '../src/core/ids';
import { findKeywords } from '../src/core/keywords';
import { normalizeText } from '../src/core/text/normalize';
import { megabytes, municipalText } from './util';

const text = municipalText(20 * 1024 * 1024, 42);
const mb = megabytes(text);
for (let round = 0; round < 3; round++) {
  let t = performance.now();
  const norm = normalizeText(text);
  const tn = performance.now() - t;
  t = performance.now();
  const ids = findNationalIds(norm);
  const ti = performance.now() - t;
  t = performance.now();
  const kw = findKeywords(norm);
  const tk = performance.now() - t;
  console.log(`normalize ${(mb / tn * 1000).toFixed(0)} MB/s, ids ${(mb / ti * 1000).toFixed(0)} MB/s (${ids.length}), keywords ${(mb / tk * 1000).toFixed(0)} MB/s (${kw.length}) map=${norm.map === null}`);
}
