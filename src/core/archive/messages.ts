/** Why a title cannot be filed, in nb, nn, sv and en. */
import { format } from '../i18n/types';
import type { Messages } from '../i18n/types';
import type { Lang } from '../model';
import type { TitleProblem } from './title';

type Key = TitleProblem['code'];

export const archiveMessages: Messages<Key> = {
  nb: {
    'title.empty': 'Skriv en tittel.',
    'title.too-long': 'Tittelen kan ha høyst {max} tegn.',
    'title.national-id':
      'Tittelen inneholder et fødselsnummer («{text}»). Tittelen står i den offentlige journalen: ta det ut.',
    'title.special-category':
      'Tittelen inneholder sensitive personopplysninger («{text}»). Skriv en nøytral tittel; bruk skjerming for innholdet.',
    'title.threat': 'Tittelen gjengir en trussel («{text}»). Skriv en nøytral tittel.',
  },
  nn: {
    'title.empty': 'Skriv ein tittel.',
    'title.too-long': 'Tittelen kan ha høgst {max} teikn.',
    'title.national-id':
      'Tittelen inneheld eit fødselsnummer («{text}»). Tittelen står i den offentlege journalen: ta det ut.',
    'title.special-category':
      'Tittelen inneheld sensitive personopplysningar («{text}»). Skriv ein nøytral tittel; bruk skjerming for innhaldet.',
    'title.threat': 'Tittelen gjengir eit trugsmål («{text}»). Skriv ein nøytral tittel.',
  },
  sv: {
    'title.empty': 'Skriv en rubrik.',
    'title.too-long': 'Rubriken får ha högst {max} tecken.',
    'title.national-id':
      'Rubriken innehåller ett personnummer (”{text}”). Rubriken syns i diariet, som är offentligt: ta bort det.',
    'title.special-category':
      'Rubriken innehåller känsliga personuppgifter (”{text}”). Skriv en neutral rubrik; sekretessmarkera innehållet.',
    'title.threat': 'Rubriken återger ett hot (”{text}”). Skriv en neutral rubrik.',
  },
  en: {
    'title.empty': 'Write a title.',
    'title.too-long': 'The title can have at most {max} characters.',
    'title.national-id':
      'The title contains a national identity number (“{text}”). The public journal shows titles: take it out.',
    'title.special-category':
      'The title contains sensitive personal data (“{text}”). Write a neutral title; restrict access to the content instead.',
    'title.threat': 'The title repeats a threat (“{text}”). Write a neutral title.',
  },
};

/** A title problem as a sentence; an ID number is shown masked, as everywhere else. */
export function describeTitleProblem(problem: TitleProblem, lang: Lang): string {
  const params: Record<string, string | number> = {};
  if (problem.code === 'title.too-long') params['max'] = problem.max;
  if ('match' in problem) {
    // The ID detector hands over the number masked ("130972*****"): never show it whole.
    const masked = problem.match.params?.['masked'];
    params['text'] = typeof masked === 'string' ? masked : problem.match.text;
  }
  return format(archiveMessages[lang][problem.code], params);
}
