import { sentenceRules } from '../../stages/sentences.js';

export const germanSentences = sentenceRules({
  abbreviations: [
    'z.B.', 'z.', 'B.', 'u.a.', 'd.h.', 'bzw.', 'ca.', 'Nr.', 'Dr.', 'Prof.', 'Mio.', 'Mrd.', 'Bio.', 'Tsd.', 'Abs.', 'Art.',
    'vgl.', 'etc.', 'usw.', 'inkl.', 'exkl.', 'evtl.', 'ggf.', 'sog.', 'St.', 'Str.', 'Hr.', 'Fr.', 'Mag.', 'Ing.', 'Dipl.',
    'v.a.', 'o.ä.', 'u.U.', 'i.d.R.', 'Jh.', 'Jhd.', 'Mill.', 'Inc.', 'Corp.', 'Co.', 'Ltd.', 'bzgl.', 'gem.', 'lt.', 'Bd.',
    'S.', 'ff.', 'zit.', 'n.Chr.', 'v.Chr.', 'geb.', 'gest.',
  ],
  ordinalContext: [
    'der', 'die', 'das', 'des', 'dem', 'den', 'am', 'im', 'vom', 'zum', 'zur', 'beim', 'seit', 'bis', 'ab', 'ihr', 'ihre',
    'ihrem', 'ihren', 'ihres', 'ihrer', 'sein', 'seine', 'seinem', 'seinen', 'seines', 'seiner', 'jeden', 'jedem', 'jeder',
  ],
  monthNames: ['Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
});
