// One part of the organisation profile as a JSON module (webpack loader).
// `?part=main`: the profile without the parts the first screen does not need
// (R9's `signature`: its phrases, bases and reply templates; R11's
// `securityContact`; R13's `disposal`); `?part=later`: those parts alone, for
// the chunks that use them (docs/adr/0006).
const { URLSearchParams } = require('node:url');

const LATER = ['signature', 'securityContact', 'disposal'];

module.exports = function profilePart(source) {
  const part = new URLSearchParams(this.resourceQuery.replace(/^\?/, '')).get('part');
  const profile = JSON.parse(source);
  const out = {};
  for (const [key, value] of Object.entries(profile)) {
    if (LATER.includes(key) === (part === 'later')) out[key] = value;
  }
  return JSON.stringify(out);
};
